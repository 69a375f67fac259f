import type { CollectionBeforeValidateHook } from 'payload'

interface GrantParty {
  orgId?: string | null
  name?: string | null
}

interface GrantData {
  grantId?: string
  title?: string
  description?: string | null
  currency?: string
  amountAwarded?: number
  amountAppliedFor?: number | null
  awardDate?: string
  year?: number | null
  funder?: GrantParty
  recipient?: GrantParty
  programme?: string | null
  published?: unknown
}

const party = (p: GrantParty | undefined) => (p?.orgId || p?.name ? [{ id: p?.orgId ?? undefined, name: p?.name ?? undefined }] : undefined)

/**
 * What the site needs of every grant, filled in from the grant itself so that a
 * grant saved through the API or the admin can always be shown (issue 11: one
 * without `year` or `published` stopped every later site build):
 * - `year` is always the award date's calendar year, never typed;
 * - `published`, the grant as its publisher released it, is kept as imported;
 *   a grant entered by hand has no such release, so it gets the 360Giving
 *   fields it has, for the portal's 360Giving export.
 */
export const completeGrant: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const grant = { ...(originalDoc as GrantData | undefined), ...data } as GrantData
  const awarded = grant.awardDate ? new Date(grant.awardDate) : undefined
  if (awarded && !Number.isNaN(awarded.getTime())) data.year = awarded.getUTCFullYear()
  if (grant.published === undefined || grant.published === null) {
    data.published = Object.fromEntries(
      Object.entries({
        id: grant.grantId,
        title: grant.title,
        description: grant.description ?? undefined,
        currency: grant.currency,
        amountAwarded: grant.amountAwarded,
        amountAppliedFor: grant.amountAppliedFor ?? undefined,
        awardDate: grant.awardDate,
        fundingOrganization: party(grant.funder),
        recipientOrganization: party(grant.recipient),
        grantProgramme: grant.programme ? [{ title: grant.programme }] : undefined,
      }).filter(([, value]) => value !== undefined),
    )
  }
  return data
}

/** The 360Giving grant as a JSON object, as the export and the site read it. */
export function validatePublishedGrant(value: unknown): true | string {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? true
    : 'Expected the grant as published: a JSON object (360Giving grant).'
}
