import type { DistrictPlace } from './reference/postcodeDistricts'
import { placeFromText } from './reference/postcodeDistricts'
import { BOROUGHS, slugify } from './vocabulary'

/**
 * Where a 360Giving grant's benefit lies, for London-only views (the funding
 * dashboard's "All funders (London)"): from its beneficiaryLocation when the
 * publisher gives one (a GSS geoCode first, else the name), else from the
 * recipient organisation's postcode. UK-, England- or nation-wide benefit is
 * not London's alone, so it counts as outside; a named place we cannot place
 * is "not-known", never guessed.
 */
export interface GrantLocation {
  inLondon: 'yes' | 'no' | 'not-known'
  /** The borough slug, when one borough is named or the recipient's postcode gives one. */
  borough?: string
  /** What the location rests on. */
  basis: 'beneficiary location' | 'recipient address' | 'none'
}

interface PublishedLocation {
  name?: string
  geoCode?: string
}

const boroughBySlug = new Set(BOROUGHS.map((b) => b.value))
const LONDON_NAMES = /^(greater )?london( wide| - wide|-wide)?$|^london - /i
const WIDER = /\b(uk|united kingdom|england|wales|scotland|northern ireland|great britain|national|international|overseas|worldwide)\b/i
/** GSS codes in Greater London: boroughs E09, the London region E12000007, the GLA E61000001. */
const LONDON_GSS = /^(E09\d{6}|E12000007|E61000001)$/

function placeOfBeneficiary(location: PublishedLocation): Omit<GrantLocation, 'basis'> | undefined {
  const code = location.geoCode?.trim().toUpperCase()
  if (code && /^[EWSN]\d{8}$/.test(code)) return LONDON_GSS.test(code) ? { inLondon: 'yes' } : { inLondon: 'no' }
  const name = (location.name ?? '').trim()
  if (!name) return undefined
  const borough = slugify(name.replace(/^(london borough of|royal borough of)\s+/i, ''))
  if (boroughBySlug.has(borough)) return { inLondon: 'yes', borough }
  if (LONDON_NAMES.test(name)) return { inLondon: 'yes' }
  if (WIDER.test(name)) return { inLondon: 'no' }
  // "North East - Tyne and Wear", "Peterborough": a named place that is not London.
  return { inLondon: 'no' }
}

export function grantLocation(
  beneficiaries: readonly PublishedLocation[] | undefined,
  recipientPostcode: string | undefined,
  places: Map<string, DistrictPlace>,
): GrantLocation {
  const placed = (beneficiaries ?? []).map(placeOfBeneficiary).filter((p): p is Omit<GrantLocation, 'basis'> => p !== undefined)
  if (placed.length > 0) {
    // A grant to London and elsewhere is London's in part: counted as London's, as the publisher listed London.
    const london = placed.filter((p) => p.inLondon === 'yes')
    if (london.length === 0) return { inLondon: 'no', basis: 'beneficiary location' }
    const boroughs = [...new Set(london.map((p) => p.borough).filter(Boolean))]
    return { inLondon: 'yes', borough: boroughs.length === 1 ? boroughs[0] : undefined, basis: 'beneficiary location' }
  }
  // A postcode outside the lookup's 19 London postcode areas (PE1 is Peterborough) is outside London (placeFromText).
  const place = placeFromText(recipientPostcode, places)
  if (place) return { inLondon: place.inLondon ? 'yes' : 'no', borough: place.borough, basis: 'recipient address' }
  return { inLondon: 'not-known', basis: 'none' }
}
