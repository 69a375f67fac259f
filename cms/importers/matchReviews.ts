import type { Payload, PayloadRequest } from 'payload'
import type { Organisation } from '../payload-types'
import { disagreement, normaliseName, type EmployerIdentity, type OrganisationMatcher } from './organisationMatcher'

/**
 * Matches that rest on a name alone, or whose name matches an organisation
 * with other identifiers, are not made silently (cms/collections/MatchReviews):
 * the record is stored against a new unpublished organisation and a review
 * waits for a curator. A name match is made without review only when the
 * importer names organisations the portal itself named (its own templates,
 * the GLA's tables) or when the address's postcode is the organisation's too.
 * An organisation an import created remembers the identity it was created
 * from (importKeys), and decisions are remembered by that identity too, so
 * importing the same file again neither asks again nor creates another
 * organisation.
 */
type Decision = { state: string; heldAs: number | string; candidate: number | string; mergeInto?: number | string | null }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string)
const compactPostcode = (postcode: string | null | undefined) => (postcode ?? '').replace(/\s+/g, '').toUpperCase()

/** What identifies a published name across imports: the name, and any identifier given with it. */
export function identityKey(identity: EmployerIdentity): string {
  const ids = [identity.employerId, identity.companyNumber, identity.charityNumber, identity.orgId].filter(Boolean).join(',')
  return `${normaliseName(identity.name)}|${ids}|${compactPostcode(identity.postcode)}`
}

export class MatchReviewer {
  private decisions = new Map<string, Decision>()
  waiting = 0

  private constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly source: { file: string; importId?: number | string },
  ) {}

  static async load(payload: Payload, req: PayloadRequest, source: { file: string; importId?: number | string }): Promise<MatchReviewer> {
    const reviewer = new MatchReviewer(payload, req, source)
    const { docs } = await payload.find({ collection: 'match-reviews', pagination: false, depth: 0, req, overrideAccess: true })
    for (const d of docs)
      reviewer.decisions.set(d.identityKey, {
        state: d.state,
        heldAs: idOf(d.heldAs),
        candidate: idOf(d.candidate),
        mergeInto: d.mergeInto ? idOf(d.mergeInto) : null,
      })
    return reviewer
  }

  /** The organisation a party's record is stored against, matched, decided, held for review or created. */
  async resolve(matcher: OrganisationMatcher, identity: EmployerIdentity, sourceLabel: string, trustNames: boolean): Promise<Organisation> {
    if (matcher.findByIdentifier(identity)) return (await matcher.findOrCreate(identity, sourceLabel)).organisation
    const key = identityKey(identity)
    const again = matcher.findByImportKey(key)
    if (again) return matcher.enrich(again, identity)
    const decided = this.decisions.get(key)
    if (decided) {
      const id = decided.state === 'accepted' ? decided.candidate : decided.state === 'merged' ? decided.mergeInto! : decided.heldAs
      const organisation = matcher.byId(id)
      if (organisation) return organisation
    }
    const candidate = matcher.findByName(identity)
    if (!candidate) return (await matcher.findOrCreate(identity, sourceLabel, { matchByName: false, importKey: key })).organisation
    const disagrees = disagreement(candidate, identity)
    const samePostcode = Boolean(identity.postcode && compactPostcode(candidate.postcode) === compactPostcode(identity.postcode))
    if (!disagrees && (trustNames || samePostcode)) return (await matcher.findOrCreate(identity, sourceLabel)).organisation
    const heldAs = await matcher.create(identity, sourceLabel, true, key)
    const reason = disagrees
      ? `“${identity.name}” has the name of “${candidate.name}”, but ${disagrees}.`
      : `“${identity.name}” matches “${candidate.name}” by name only${identity.postcode ? ` (its postcode ${identity.postcode} is not the organisation’s)` : ''}.`
    await this.payload.create({
      collection: 'match-reviews',
      data: {
        title: `${identity.name} → ${candidate.name}?`,
        state: 'pending',
        reason,
        publishedName: identity.name,
        identityKey: key,
        sourceFile: this.source.file,
        sourceLabel,
        import: this.source.importId as number | undefined,
        candidate: candidate.id,
        heldAs: heldAs.id,
      },
      req: this.req,
      overrideAccess: true,
      context: { ...this.req.context, importing: true },
    })
    this.decisions.set(key, { state: 'pending', heldAs: heldAs.id, candidate: candidate.id })
    this.waiting++
    return heldAs
  }

  /** The sentence the import summary carries when matches wait. */
  note(): string | undefined {
    if (this.waiting === 0) return undefined
    return `${this.waiting} organisation${this.waiting === 1 ? '' : 's'} matched an existing one by name only (or by name, with another identifier): each waits for a curator under “Matches to review”; meanwhile its records are stored against a new unpublished organisation, not shown on the site.`
  }
}
