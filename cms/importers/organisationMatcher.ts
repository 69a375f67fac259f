import type { Payload, PayloadRequest } from 'payload'
import type { Organisation } from '../payload-types'
import { displayName } from '../../domain/displayName'
import type { Industry } from '../../domain/reference/sic2007'
import { sectorFromIndustry } from '../../domain/sectorFromIndustry'
import { slugify } from '../../domain/vocabulary'
import { createImportedRecord } from './createNewRecord'
import { findInPages } from './findInPages'
import type { NewRecords } from './importSummary'

/**
 * Finds the portal organisation for an employer, funder or grant recipient in
 * published data: by org-id (360Giving), the Gender Pay Gap Service's
 * EmployerId, the local authority register's code (a council however it is
 * named), Companies House number or charity number, then by name (current or
 * former, ignoring case, punctuation and "Limited"/"Ltd"/"plc"). Creates the
 * organisation when none matches. Loads the directory once, so matching is fast.
 *
 * How the match was made is returned: a match on a name alone is not made
 * silently (see matchReviews.ts, which decides what happens to it).
 */
export interface EmployerIdentity {
  /** The name as the source publishes it (kept as the legal name; the display name is derived from it). */
  name: string
  otherNames?: string[]
  /** The reporting year the name was published for: a later year's name is the current one. */
  nameYear?: number
  employerId?: string | null
  companyNumber?: string | null
  /** An org-id such as GB-CHC-1126147 (org-id.guide). */
  orgId?: string | null
  charityNumber?: string | null
  /** The local authority register's code, when the name is a council's (domain/reference/localAuthorities.ts). */
  localAuthorityCode?: string | null
  gssCode?: string | null
  borough?: string
  /** The address's postcode as published: a name match at the same postcode is not a match on a name alone. */
  postcode?: string | null
  /** Whether the address is in Greater London, and outside it the local authority. */
  inLondon?: 'yes' | 'no'
  localAuthority?: string
  /** UK SIC 2007 industries the source gives, for the sector of a new organisation. */
  industries?: Industry[]
  employerSize?: string | null
  /** What to call a new organisation's sector: "Employer", "Funder", "Grant recipient". */
  sectorOther?: string
  /** A sector the source implies where it has no industries (a registered charity is voluntary and community). */
  sector?: Organisation['sector']
}

/** How an organisation was found: by an identifier both sides carry, or by name only. */
export type MatchedBy = 'identifier' | 'name'

export function normaliseName(name: string): string {
  return name
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\b(THE|LIMITED|LTD|PLC|LLP|CIC|INCORPORATED|INC)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The service's size bands, on the portal's size ladder. "Less than 250" spans micro to medium, so it stays unstated. */
export function sizeBandFromEmployerSize(size: string | null | undefined): Organisation['sizeBand'] {
  switch ((size ?? '').trim()) {
    case '250 to 499':
    case '500 to 999':
    case '1000 to 4999':
      return 'large'
    case '5000 to 19,999':
    case '20,000 or more':
      return 'very-large'
    default:
      return 'not-stated'
  }
}

/** The first identifier both carry with different values, named, or undefined when none disagrees. */
export function disagreement(o: Organisation, employer: EmployerIdentity): string | undefined {
  const ids = o.identifiers
  const pairs: Array<[string, string | null | undefined, string | null | undefined]> = [
    ['Companies House number', ids?.companiesHouseNumber, employer.companyNumber],
    ['Gender Pay Gap Service EmployerId', ids?.gpgEmployerId, employer.employerId],
    ['charity number', ids?.charityNumber, employer.charityNumber],
    ['org-id', ids?.orgId, employer.orgId],
    ['local authority code', ids?.localAuthorityCode, employer.localAuthorityCode],
  ]
  const found = pairs.find(([, mine, theirs]) => Boolean(mine && theirs && mine.toUpperCase() !== theirs.toUpperCase()))
  return found ? `its ${found[0]} is ${found[2]}, the organisation’s is ${found[1]}` : undefined
}

export class OrganisationMatcher {
  private byEmployerId = new Map<string, Organisation>()
  private byCompany = new Map<string, Organisation>()
  private byOrgId = new Map<string, Organisation>()
  private byCharity = new Map<string, Organisation>()
  private byLocalAuthority = new Map<string, Organisation>()
  private byName = new Map<string, Organisation>()
  private slugs = new Set<string>()
  private all = new Map<string, Organisation>()
  private byImportKey = new Map<string, Organisation>()
  created = 0

  private constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly newRecords: NewRecords | undefined,
  ) {}

  static async load(payload: Payload, req: PayloadRequest, newRecords?: NewRecords): Promise<OrganisationMatcher> {
    const matcher = new OrganisationMatcher(payload, req, newRecords)
    for await (const organisation of findInPages(payload, req, 'organisations')) matcher.remember(organisation as unknown as Organisation)
    return matcher
  }

  /** An organisation by id, following merges to the one it now is. */
  byId(id: number | string): Organisation | undefined {
    let found = this.all.get(String(id))
    for (let guard = 0; found?.mergedInto && guard < 10; guard++)
      found = this.all.get(String(typeof found.mergedInto === 'object' ? found.mergedInto.id : found.mergedInto))
    return found
  }

  private remember(o: Organisation): void {
    this.slugs.add(o.slug)
    this.all.set(String(o.id), o)
    // A record merged into another is found through the one it was merged into.
    if (o.mergedInto) return
    if (o.identifiers?.gpgEmployerId) this.byEmployerId.set(o.identifiers.gpgEmployerId, o)
    if (o.identifiers?.companiesHouseNumber) this.byCompany.set(o.identifiers.companiesHouseNumber, o)
    if (o.identifiers?.orgId) this.byOrgId.set(o.identifiers.orgId.toUpperCase(), o)
    if (o.identifiers?.charityNumber) this.byCharity.set(o.identifiers.charityNumber, o)
    if (o.identifiers?.localAuthorityCode) this.byLocalAuthority.set(o.identifiers.localAuthorityCode, o)
    for (const { key } of o.importKeys ?? []) this.byImportKey.set(key, o)
    for (const name of [o.name, o.legalName ?? '', ...(o.formerNames ?? []).map((f) => f.name)]) {
      const key = normaliseName(name)
      if (key && !this.byName.has(key)) this.byName.set(key, o)
    }
  }

  /** The organisation an identifier both sides carry points to. */
  findByIdentifier(employer: EmployerIdentity): Organisation | undefined {
    const orgId = employer.orgId?.toUpperCase()
    if (orgId && this.byOrgId.has(orgId)) return this.byOrgId.get(orgId)
    if (employer.employerId && this.byEmployerId.has(employer.employerId)) return this.byEmployerId.get(employer.employerId)
    if (employer.localAuthorityCode && this.byLocalAuthority.has(employer.localAuthorityCode))
      return this.byLocalAuthority.get(employer.localAuthorityCode)
    if (employer.companyNumber && this.byCompany.has(employer.companyNumber)) return this.byCompany.get(employer.companyNumber)
    if (employer.charityNumber && this.byCharity.has(employer.charityNumber)) return this.byCharity.get(employer.charityNumber)
    return undefined
  }

  /** The organisation an import created from this very identity (see matchReviews.identityKey). */
  findByImportKey(key: string): Organisation | undefined {
    return this.byImportKey.get(key)
  }

  /** The organisation with one of the employer's names, whether or not its identifiers agree. */
  findByName(employer: EmployerIdentity): Organisation | undefined {
    for (const name of [employer.name, ...(employer.otherNames ?? [])]) {
      const found = this.byName.get(normaliseName(name))
      if (found) return found
    }
    return undefined
  }

  find(employer: EmployerIdentity): { organisation: Organisation; by: MatchedBy } | undefined {
    const byIdentifier = this.findByIdentifier(employer)
    if (byIdentifier) return { organisation: byIdentifier, by: 'identifier' }
    const byName = this.findByName(employer)
    // A name is shared or reused over the years; identifiers that disagree mean another employer.
    if (byName && !disagreement(byName, employer)) return { organisation: byName, by: 'name' }
    return undefined
  }

  private uniqueSlug(name: string): string {
    const base = slugify(name) || 'organisation'
    let slug = base
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`
    return slug
  }

  /**
   * What the source adds to a found organisation: identifiers it lacks, and
   * facts an import set before (sector, industries, place) where no person has
   * set them. A later year's name renames it (the old name becomes a former
   * name, kept searchable by rememberFormerName); nothing a person wrote is changed.
   */
  private learned(existing: Organisation, employer: EmployerIdentity): Partial<Organisation> {
    const ids = existing.identifiers ?? {}
    const identifiers = {
      ...(employer.employerId && !ids.gpgEmployerId ? { gpgEmployerId: employer.employerId } : {}),
      ...(employer.orgId && !ids.orgId ? { orgId: employer.orgId } : {}),
      ...(employer.localAuthorityCode && !ids.localAuthorityCode ? { localAuthorityCode: employer.localAuthorityCode } : {}),
      ...(employer.gssCode && !ids.gssCode ? { gssCode: employer.gssCode } : {}),
    }
    const changes: Partial<Organisation> = Object.keys(identifiers).length > 0 ? { identifiers: { ...ids, ...identifiers } } : {}
    const importedSector = existing.sector === 'other' && ['Employer', 'Funder', 'Grant recipient'].includes(existing.sectorOther ?? '')
    if (employer.industries?.length && !(existing.industries ?? []).length) {
      changes.industries = employer.industries
      if (importedSector) Object.assign(changes, this.sectorOf(employer))
    }
    if (employer.inLondon && existing.inLondon === 'not-known') {
      changes.inLondon = employer.inLondon
      if (employer.localAuthority) changes.localAuthority = employer.localAuthority
    }
    if (employer.borough && (existing.boroughs ?? []).length === 0 && !existing.londonWide) changes.boroughs = [employer.borough as never]
    if (employer.postcode && !existing.postcode) changes.postcode = employer.postcode
    if (!existing.legalName && employer.name) changes.legalName = employer.name
    const newer = employer.nameYear !== undefined && (existing.legalNameYear ?? -Infinity) < employer.nameYear
    if (newer && existing.legalName && normaliseName(existing.legalName) !== normaliseName(employer.name)) {
      changes.legalName = employer.name
      // Only a name an import gave is replaced: a curated name ("Camden Council") stays.
      if (existing.name === displayName(existing.legalName)) changes.name = displayName(employer.name)
    }
    if (newer && (changes.legalName || existing.legalName)) changes.legalNameYear = employer.nameYear
    return changes
  }

  private sectorOf(employer: EmployerIdentity): Pick<Organisation, 'sector' | 'sectorOther'> {
    const isCouncil = Boolean(employer.localAuthorityCode && employer.localAuthorityCode !== 'GLA')
    if (employer.localAuthorityCode === 'GLA') return { sector: 'gla-group', sectorOther: null }
    if (!employer.industries?.length && employer.sector) return { sector: employer.sector, sectorOther: null }
    const choice = sectorFromIndustry(employer.industries ?? [], employer.name, isCouncil)
    return {
      sector: choice.sector,
      sectorOther:
        choice.sector === 'other' ? (choice.sectorOther === 'Employer' ? (employer.sectorOther ?? 'Employer') : choice.sectorOther) : null,
    }
  }

  private async update(existing: Organisation, data: Partial<Organisation>): Promise<Organisation> {
    const updated = await this.payload.update({
      collection: 'organisations',
      id: existing.id,
      data,
      draft: existing._status === 'draft' ? true : undefined,
      req: this.req,
      overrideAccess: true,
      // The matcher reads organisations at depth 0; populating relations on each write would be a query per row for nothing.
      depth: 0,
      context: { ...this.req.context, importing: true },
    })
    this.remember(updated)
    return updated
  }

  /**
   * The matching organisation, created if there is none (published, as the
   * source is public, unless `unpublished`); how it was matched; and whether it
   * was created.
   */
  async findOrCreate(
    employer: EmployerIdentity,
    sourceLabel: string,
    { matchByName = true, unpublished = false, importKey }: { matchByName?: boolean; unpublished?: boolean; importKey?: string } = {},
  ): Promise<{ organisation: Organisation; created: boolean; by?: MatchedBy }> {
    const found = this.find(employer)
    if (found && (found.by === 'identifier' || matchByName))
      return { organisation: await this.enrich(found.organisation, employer), created: false, by: found.by }
    return { organisation: await this.create(employer, sourceLabel, unpublished, importKey), created: true }
  }

  /** A found organisation, with what the source adds to it stored (see learned). */
  async enrich(existing: Organisation, employer: EmployerIdentity): Promise<Organisation> {
    const changes = this.learned(existing, employer)
    return Object.keys(changes).length > 0 ? this.update(existing, changes) : existing
  }

  async create(employer: EmployerIdentity, sourceLabel: string, unpublished = false, importKey?: string): Promise<Organisation> {
    const name = displayName(employer.name)
    const data = {
      name,
      legalName: employer.name,
      legalNameYear: employer.nameYear,
      slug: this.uniqueSlug(name),
      ...this.sectorOf(employer),
      industries: employer.industries ?? [],
      description: `Added from ${sourceLabel}.`,
      identifiers: {
        companiesHouseNumber: employer.companyNumber ?? undefined,
        charityNumber: employer.charityNumber ?? undefined,
        orgId: employer.orgId ?? (employer.companyNumber ? `GB-COH-${employer.companyNumber}` : undefined),
        gpgEmployerId: employer.employerId ?? undefined,
        localAuthorityCode: employer.localAuthorityCode ?? undefined,
        gssCode: employer.gssCode ?? undefined,
      },
      formerNames: (employer.otherNames ?? []).filter((n) => normaliseName(n) !== normaliseName(employer.name)).map((name) => ({ name })),
      boroughs: employer.borough ? [employer.borough as never] : [],
      inLondon: employer.inLondon ?? 'not-known',
      postcode: employer.postcode ?? undefined,
      importKeys: importKey ? [{ key: importKey }] : [],
      localAuthority: employer.localAuthority,
      sizeBand: sizeBandFromEmployerSize(employer.employerSize),
      lpbMembership: 'not-stated',
      _status: unpublished ? 'draft' : 'published',
    } satisfies Partial<Organisation>
    const organisation = (await createImportedRecord(this.payload, this.req, 'organisations', data, {
      newRecords: this.newRecords,
      draft: unpublished || undefined,
    })) as unknown as Organisation
    this.remember(organisation)
    this.created++
    return organisation
  }
}
