import { grantLocation } from '../../../domain/grantLocation'
import { loadDistrictPlaces } from '../../../domain/reference/postcodeDistricts'
import { threeSixtyGivingSchemas, describeSchemaErrors } from '../../../domain/reference/threeSixtyGivingSchemas'
import { DEI_AREAS } from '../../../domain/funding/deiCodes'
import type { Grant as GrantDoc } from '../../payload-types'
import type { Problem } from '../problems'
import type { Grant } from './readGrants'

type Party = { id?: string; name?: string; charityNumber?: string; companyNumber?: string }
export type GrantData = Omit<GrantDoc, 'id' | 'createdAt' | 'updatedAt'>

/** Checks one grant against the official schema (with the DEI extension) and the extension's closed codelists. */
export function grantProblems(grant: Grant, where: Omit<Problem, 'message'>): Problem[] {
  const { validateGrant, codelists } = threeSixtyGivingSchemas()
  const record = typeof grant.id === 'string' && grant.id ? `grant "${grant.id}"` : where.record
  const problems: Problem[] = []
  if (!validateGrant(grant)) {
    for (const { field, message } of describeSchemaErrors(validateGrant.errors ?? []))
      problems.push({ ...where, record, column: field, message: `${message}.` })
  }
  const dei = grant.deiDetails as Record<string, Record<string, unknown> | undefined> | undefined
  for (const { value: area } of DEI_AREAS) {
    const answers = dei?.[area]
    if (!answers) continue
    const check = (field: string, codes: unknown, list: string) => {
      for (const code of Array.isArray(codes) ? codes : codes === undefined ? [] : [codes]) {
        if (typeof code === 'string' && !codelists[list].has(code))
          problems.push({
            ...where,
            record,
            column: `deiDetails.${area}.${field}`,
            message: `"${code}" is not in the DEI extension's ${list} codelist (rule: codelist).`,
          })
      }
    }
    check('askedStatus', answers.askedStatus, 'askedStatus')
    check('replyStatus', answers.replyStatus, 'replyStatus')
    check('availableOptions', answers.availableOptions, 'availableOptions')
    check('response.taxonomyCodes', (answers.response as { taxonomyCodes?: unknown } | undefined)?.taxonomyCodes, 'taxonomyCodes')
  }
  return problems
}

const first = <T>(list: unknown): T | undefined => (Array.isArray(list) ? (list[0] as T) : undefined)
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
const isoDate = (value: unknown) => {
  const t = text(value)
  return t ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t).toISOString() : null
}

export function partyOf(list: unknown): Party | undefined {
  return first<Party>(list)
}

/** The grant as the portal stores it; organisations are set by the importer once matched. */
export function grantData(grant: Grant, provenance: { publisher: string | null; licence: string | null; sourceFile: string }): GrantData {
  const funder = partyOf(grant.fundingOrganization) ?? {}
  const recipientOrg = partyOf(grant.recipientOrganization)
  const recipientPerson = grant.recipientIndividual as { id?: string } | undefined
  const planned = first<{ startDate?: string; endDate?: string }>(grant.plannedDates)
  const programme = first<{ title?: string; code?: string }>(grant.grantProgramme)
  const awardDate = isoDate(grant.awardDate) as string
  const dei = grant.deiDetails as
    Record<string, { askedStatus?: string; replyStatus?: string; response?: { taxonomyCodes?: string[] } }> | undefined
  return {
    grantId: grant.id as string,
    title: grant.title as string,
    description: text(grant.description),
    currency: grant.currency as string,
    amountAppliedFor: typeof grant.amountAppliedFor === 'number' ? grant.amountAppliedFor : null,
    amountAwarded: grant.amountAwarded as number,
    awardDate,
    year: new Date(awardDate).getUTCFullYear(),
    plannedStart: isoDate(planned?.startDate),
    plannedEnd: isoDate(planned?.endDate),
    funder: { organisation: null, orgId: funder.id as string, name: funder.name as string },
    recipient: recipientOrg
      ? { organisation: null, orgId: recipientOrg.id as string, name: recipientOrg.name as string }
      : // The standard lets a grant go to a person; the portal names nobody.
        { organisation: null, orgId: recipientPerson?.id ?? 'individual', name: 'An individual' },
    programme: text(programme?.title) ?? text(programme?.code),
    beneficiaryLocation: Array.isArray(grant.beneficiaryLocation)
      ? (grant.beneficiaryLocation as Array<{ name?: string }>)
          .map((l) => l.name)
          .filter(Boolean)
          .join('; ') || null
      : null,
    location: grantLocation(
      Array.isArray(grant.beneficiaryLocation) ? (grant.beneficiaryLocation as Array<{ name?: string; geoCode?: string }>) : [],
      text((recipientOrg as { postalCode?: unknown } | undefined)?.postalCode) ?? undefined,
      loadDistrictPlaces(),
    ) as GrantData['location'],
    fromOpenCall: grant.fromOpenCall === 'Yes' || grant.fromOpenCall === 'No' ? grant.fromOpenCall : null,
    classifications: Array.isArray(grant.classifications)
      ? (grant.classifications as Array<{ vocabulary?: string; code?: string; title?: string }>).map((c) => ({
          vocabulary: c.vocabulary ?? null,
          code: c.code ?? null,
          title: c.title ?? null,
        }))
      : [],
    url: text(grant.url),
    dei: Object.fromEntries(
      DEI_AREAS.map(({ value: area }) => [
        area,
        {
          askedStatus: dei?.[area]?.askedStatus ?? null,
          replyStatus: dei?.[area]?.replyStatus ?? null,
          taxonomyCodes: dei?.[area]?.response?.taxonomyCodes ?? [],
        },
      ]),
    ) as GrantData['dei'],
    published: grant,
    provenance: {
      publisher: provenance.publisher,
      licence: provenance.licence,
      dataSource: text(grant.dataSource),
      sourceFile: provenance.sourceFile,
    },
  }
}
