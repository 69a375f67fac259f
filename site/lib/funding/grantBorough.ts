import { boroughFromText, loadPostcodeDistricts } from '../../../domain/reference/postcodeDistricts'
import { BOROUGHS, slugify } from '../../../domain/vocabulary'
import type { Grant, PortalContent } from '../content'

/**
 * The London borough a grant's money goes to, from what is stored, in this
 * order: a beneficiary location that names a borough, the recipient's portal
 * organisation when it names exactly one borough, the postcode the grant
 * publishes for the recipient (by its district). '' when none says: most
 * grants name "London" or "UK Wide", and the page counts those as unknown
 * rather than guessing.
 */
const boroughSlugs = new Set(BOROUGHS.map((b) => b.value))
let districts: Map<string, string> | undefined

function publishedPostcodes(published: Record<string, unknown>): string[] {
  const recipients = Array.isArray(published.recipientOrganization) ? published.recipientOrganization : []
  return recipients.map((r) => (r && typeof r === 'object' ? String((r as Record<string, unknown>).postalCode ?? '') : '')).filter(Boolean)
}

function beneficiaryNames(grant: Grant): string[] {
  const locations = Array.isArray(grant.published.beneficiaryLocation) ? grant.published.beneficiaryLocation : []
  const names = locations.map((l) => (l && typeof l === 'object' ? String((l as Record<string, unknown>).name ?? '') : ''))
  return [...names, grant.beneficiaryLocation ?? ''].filter(Boolean)
}

export function grantBorough(grant: Grant, content: Pick<PortalContent, 'organisationById'>): string {
  for (const name of beneficiaryNames(grant)) {
    const slug = slugify(name.replace(/^(london borough of|royal borough of)\s+/i, ''))
    if (boroughSlugs.has(slug)) return slug
  }
  const organisation = grant.recipient.organisation ? content.organisationById.get(grant.recipient.organisation) : undefined
  if (organisation?.boroughs.length === 1) return organisation.boroughs[0]
  districts ??= loadPostcodeDistricts()
  for (const postcode of publishedPostcodes(grant.published)) {
    const borough = boroughFromText(postcode, districts)
    if (borough) return borough
  }
  return ''
}
