import { loadDistrictPlaces, placeFromText, postcodeIn } from '../../../domain/reference/postcodeDistricts'
import { normaliseCompanyNumber } from '../gpg/gpgRecord'
import type { EmployerIdentity } from '../organisationMatcher'
import type { Party, ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter } from '../pipeline/runImporter'
import { ImportFileError, type Problem } from '../problems'
import { grantData, grantProblems, partyOf, type GrantData } from './grantRecord'
import { readGrants, type Grant } from './readGrants'

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
  'location',
  'fromOpenCall',
  'classifications',
  'url',
  'dei',
  'published',
  'provenance',
] as const

const SOURCE = 'a 360Giving grants file'

/** An organisation in a grant, as the matcher knows one: identifiers the portal would refuse are left out. */
/** A party registered as a charity (a charity number, or a charity register's org-id) is in the voluntary and community sector. */
const CHARITY_ORG_ID = /^GB-(CHC|SC|NIC)-/

function identityOf(
  party: { id?: string; name?: string; charityNumber?: string; companyNumber?: string; postalCode?: string },
  role: string,
): EmployerIdentity {
  const orgId = party.id?.trim().toUpperCase()
  const charity = party.charityNumber?.trim()
  const place = placeFromText(party.postalCode, loadDistrictPlaces())
  return {
    sector: charity || (orgId && CHARITY_ORG_ID.test(orgId)) ? 'voluntary-community' : undefined,
    postcode: postcodeIn(party.postalCode),
    borough: place?.borough,
    inLondon: place ? (place.inLondon ? 'yes' : 'no') : undefined,
    localAuthority: place && !place.inLondon ? place.authority : undefined,
    name: party.name?.trim() || (orgId as string),
    orgId: orgId && /^[A-Z]{2}-[A-Z]{2,6}-\S+$/.test(orgId) ? orgId : null,
    charityNumber: charity && /^\d{6,8}(?:-\d{1,3})?$/.test(charity) ? charity : null,
    companyNumber: normaliseCompanyNumber(party.companyNumber),
    sectorOther: role,
  }
}

/** A grant as published, with what the file (or the curator) says about who published it and under what licence. */
interface GrantDraft {
  grant: Grant
  provenance: { publisher: string | null; licence: string | null; sourceFile: string }
}

/**
 * Reads a JSON package or flat CSV file whole, then checks every grant against
 * the official schema with the DEI extension applied, and the extension's closed
 * codelists: one grant that fails refuses the whole file, listing every failure
 * by grant, field and rule, and nothing is stored.
 */
async function* readCheckedGrants(path: string, context: ReadContext): AsyncGenerator<ReadRecord<GrantDraft>> {
  const { file, summary, options } = context
  const read = await readGrants(path, context)

  const problems: Problem[] = []
  const firstOf = new Map<string, number>()
  const places = read.grants.map(({ grant, row, line }, i) => {
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
    return row !== undefined ? { row } : { record: where.record }
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
  for (const [i, { grant }] of read.grants.entries()) {
    const provenance = { publisher: publisher ?? partyOf(grant.fundingOrganization)?.name ?? null, licence, sourceFile: file }
    yield { place: places[i], draft: { grant, provenance } }
  }
}

/**
 * Grants published in the 360Giving Data Standard, as a JSON package or the
 * flat CSV layout, keyed by grant identifier. Funders and recipients are
 * matched to the portal's organisations by org-id, then charity or company
 * number, then name, and created if new.
 */
export const grantsImporter = defineImporter<GrantDraft, GrantData & Record<string, unknown>>({
  label: '360Giving grants (JSON package or flat CSV), with the DEI extension',
  collection: 'grants',
  read: readCheckedGrants,
  sourceKey: (d) => String(d.grant.id),
  stored: (grantIds) => ({ grantId: { in: grantIds } }),
  parties: ({ grant }) => {
    const recipient = partyOf(grant.recipientOrganization)
    return [
      { identity: identityOf(partyOf(grant.fundingOrganization) ?? {}, 'Funder'), source: SOURCE },
      ...(recipient ? [{ identity: identityOf(recipient, 'Grant recipient'), source: SOURCE } satisfies Party] : []),
    ]
  },
  data: ({ grant, provenance }, [funder, recipient]) => {
    const data = grantData(grant, provenance)
    data.funder.organisation = funder.id as number
    if (recipient) data.recipient.organisation = recipient.id as number
    return data as GrantData & Record<string, unknown>
  },
  keyOf: (r) => String(r.grantId),
  keyDescription: 'grant identifier',
  meaningful: MEANINGFUL,
  title: (data) => data.title,
})

export const importGrants = grantsImporter.run
