import { basename } from 'node:path'
import type { Payload } from 'payload'
import { withTransaction } from '../../seed/withTransaction'
import { normaliseCompanyNumber } from '../gpg/gpgRecord'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { OrganisationMatcher, type EmployerIdentity } from '../organisationMatcher'
import { ImportFileError, type Problem } from '../problems'
import { RecordStore } from '../recordStore'
import { grantData, grantProblems, partyOf, type GrantData } from './grantRecord'
import { readGrants } from './readGrants'

export interface GrantImportOptions extends ImportOptions {
  /** For files that do not state them (flat CSV, or a package without "license"/"publisher"). */
  licence?: string
  publisher?: string
}

const MEANINGFUL = [
  'grantId',
  'title',
  'description',
  'currency',
  'amountAppliedFor',
  'amountAwarded',
  'awardDate',
  'plannedStart',
  'plannedEnd',
  'funder',
  'recipient',
  'programme',
  'beneficiaryLocation',
  'fromOpenCall',
  'classifications',
  'url',
  'dei',
  'published',
  'provenance',
] as const

/** An organisation in a grant, as the matcher knows one: identifiers the portal would refuse are left out. */
function identityOf(party: { id?: string; name?: string; charityNumber?: string; companyNumber?: string }, role: string): EmployerIdentity {
  const orgId = party.id?.trim().toUpperCase()
  const charity = party.charityNumber?.trim()
  return {
    name: party.name?.trim() || (orgId as string),
    orgId: orgId && /^[A-Z]{2}-[A-Z]{2,6}-\S+$/.test(orgId) ? orgId : null,
    charityNumber: charity && /^\d{6,8}(?:-\d{1,3})?$/.test(charity) ? charity : null,
    companyNumber: normaliseCompanyNumber(party.companyNumber),
    sectorOther: role,
  }
}

/**
 * Imports grants published in the 360Giving Data Standard, as a JSON package or
 * the flat CSV layout. Every grant is checked against the official schema with
 * the DEI extension applied, and the extension's closed codelists: one grant
 * that fails refuses the whole file, listing every failure by grant, field and
 * rule, and nothing is stored. Otherwise all grants are written in one
 * transaction, keyed by grant identifier, so importing again changes nothing.
 * Funders and recipients are matched to the portal's organisations by org-id,
 * then charity or company number, then name, and created if new.
 */
export async function importGrants(payload: Payload, path: string, options: GrantImportOptions = {}): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const read = await readGrants(path, summary)

  const problems: Problem[] = []
  const firstOf = new Map<string, number>()
  read.grants.forEach(({ grant, row, line }, i) => {
    const where = row !== undefined ? { file, row, line } : { file, record: `grant ${i + 1}` }
    problems.push(...grantProblems(grant, where))
    if (typeof grant.id === 'string') {
      const earlier = firstOf.get(grant.id)
      if (earlier !== undefined)
        problems.push({
          ...where,
          record: `grant "${grant.id}"`,
          column: 'id',
          message: `repeats the identifier of grant ${earlier + 1}; identifiers must be unique.`,
        })
      else firstOf.set(grant.id, i)
    }
    if ((i + 1) % 500 === 0) options.onProgress?.(i + 1, 'reading')
  })
  if (problems.length > 0) {
    const grants = new Set(problems.map((p) => p.record ?? p.row)).size
    throw new ImportFileError(
      {
        file,
        message: `${grants} of ${read.grants.length} grants break the 360Giving standard's rules, so nothing was stored. Each problem follows.`,
      },
      [
        { file, message: `${grants} of ${read.grants.length} grants break the 360Giving standard's rules, so nothing was stored.` },
        ...problems,
      ],
    )
  }

  const licence = read.licence ?? options.licence ?? null
  const publisher = read.publisher ?? options.publisher ?? null
  if (!licence)
    summary.notes.push(
      'the file states no licence; the grants are published without one until a curator adds it (or import with --licence).',
    )

  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await RecordStore.load<GrantData & Record<string, unknown>>(payload, req, {
      collection: 'grants',
      where: { grantId: { in: [...firstOf.keys()] } },
      keyOf: (r) => String(r.grantId),
      meaningful: MEANINGFUL,
    })
    let done = 0
    for (const { grant } of read.grants) {
      const data = grantData(grant, { publisher: publisher ?? partyOf(grant.fundingOrganization)?.name ?? null, licence, sourceFile: file })
      const funder = await matcher.findOrCreate(identityOf(partyOf(grant.fundingOrganization) ?? {}, 'Funder'), 'a 360Giving grants file')
      data.funder.organisation = funder.organisation.id as number
      const recipient = partyOf(grant.recipientOrganization)
      if (recipient) {
        const matched = await matcher.findOrCreate(identityOf(recipient, 'Grant recipient'), 'a 360Giving grants file')
        data.recipient.organisation = matched.organisation.id as number
      }
      const outcome = await store.write(data as GrantData & Record<string, unknown>, data.title)
      if (outcome !== 'kept-manual') summary[outcome]++
      if (++done % 250 === 0) options.onProgress?.(done, 'writing')
    }
    summary.organisationsCreated = matcher.created
  })
  return summary
}
