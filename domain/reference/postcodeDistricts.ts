import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { config } from '../config'
import { missingReferenceWarning, referenceFiles } from './referenceFiles'
import { BOROUGHS, slugify } from '../vocabulary'

/**
 * Where a postcode lies, from its district ("EC1N 2HT" -> EC1N -> Islington),
 * using the postcode-district lookup in shared/data/reference. The lookup names
 * the district "Postcode", its local authority "Region" and its region "UK
 * region"; it covers the 19 London postcode areas, whose outer districts spill
 * beyond Greater London (DA1 is Dartford, in the South East).
 *
 * Non-geographic and retired districts (EC1P, W1M, SE99, RM50) carry "London",
 * "West London" or a town instead of an authority: they take the borough of
 * their first nearby district that has one, else the borough most districts
 * with their prefix (W1) lie in. A district whose authority is outside Greater
 * London is outside London, even where the lookup's region says London (UB9,
 * Denham, is South Buckinghamshire).
 */
export interface DistrictPlace {
  /** The borough's slug (BOROUGHS), for districts in Greater London. */
  borough?: string
  inLondon: boolean
  /** The local authority as the lookup names it, e.g. Dartford; for London the borough's name; unknown outside the lookup's areas. */
  authority?: string
  /** The lookup's region, e.g. South East. */
  region: string
}

/** Said in every import summary that assigns boroughs, when the lookup is missing. */
export function postcodeDistrictsWarning(): string | undefined {
  const file = referenceFiles().find((f) => f.variable === 'POSTCODE_DISTRICTS_FILE')!
  return missingReferenceWarning(file)
}

const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?\d[A-Z]{2}\b/i
const boroughNames = new Map(BOROUGHS.map((b) => [b.value, b.label]))

interface DistrictRow {
  district: string
  authority: string
  region: string
  nearby: string[]
}

function readRows(path: string): DistrictRow[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
  const header = Object.keys(rows[0] ?? {})
  for (const column of ['Postcode', 'Region', 'UK region', 'Nearby districts'])
    if (!header.includes(column))
      throw new Error(`${path}: expected a column "${column}" (the postcode-district lookup), got ${header.join(', ')}.`)
  return rows.map((r) => ({
    district: r.Postcode.trim().toUpperCase(),
    authority: r.Region.trim(),
    region: r['UK region'].trim(),
    nearby: r['Nearby districts']
      .split(',')
      .map((d) => d.trim().toUpperCase())
      .filter(Boolean),
  }))
}

let cached: { path: string; places: Map<string, DistrictPlace> } | undefined

export function loadDistrictPlaces(path = config.postcodeDistrictsFile): Map<string, DistrictPlace> {
  if (cached?.path === path) return cached.places
  const places = new Map<string, DistrictPlace>()
  if (!existsSync(path)) return places
  cached = { path, places }
  const rows = readRows(path)
  const unplaced: DistrictRow[] = []
  for (const row of rows) {
    const slug = slugify(row.authority)
    if (boroughNames.has(slug))
      places.set(row.district, { borough: slug, inLondon: true, authority: boroughNames.get(slug)!, region: 'London' })
    else if (row.region === 'London' || row.region === '') unplaced.push(row)
    else places.set(row.district, { inLondon: false, authority: row.authority, region: row.region })
  }
  const prefix = (district: string) => district.replace(/[A-Z]$/, '').replace(/\d+$/, (n) => n.slice(0, 1))
  for (const row of unplaced) {
    // A named authority outside London (South Buckinghamshire) stays outside, whatever the region column says.
    if (row.authority !== 'London' && row.authority !== 'West London' && row.authority !== 'Romford' && row.region === 'London') {
      places.set(row.district, { inLondon: false, authority: row.authority, region: 'outside Greater London' })
      continue
    }
    const neighbour = row.nearby.map((d) => places.get(d)).find((p) => p?.borough)
    const counts = new Map<string, number>()
    for (const [district, place] of places)
      if (place.borough && prefix(district) === prefix(row.district)) counts.set(place.borough, (counts.get(place.borough) ?? 0) + 1)
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    const borough = neighbour?.borough ?? common
    if (borough) places.set(row.district, { borough, inLondon: true, authority: boroughNames.get(borough)!, region: 'London' })
  }
  return places
}

/** District -> borough slug, for districts in Greater London. */
export function loadPostcodeDistricts(path = config.postcodeDistrictsFile): Map<string, string> {
  const districts = new Map<string, string>()
  for (const [district, place] of loadDistrictPlaces(path)) if (place.borough) districts.set(district, place.borough)
  return districts
}

/** The (last) full postcode in a text, e.g. an address ending "London, SE1 9HA", written with its space. */
export function postcodeIn(text: string | null | undefined): string | undefined {
  const all = [...(text ?? '').matchAll(new RegExp(UK_POSTCODE.source, 'gi'))]
  const last = all.at(-1)?.[0].toUpperCase().replace(/\s+/g, '')
  return last ? `${last.slice(0, -3)} ${last.slice(-3)}` : undefined
}

export function postcodeDistrict(text: string | null | undefined): string | undefined {
  return UK_POSTCODE.exec(text ?? '')?.[1].toUpperCase()
}

/**
 * Where the postcode in a text lies. A postcode in an area the lookup does not
 * cover (HU1 is Hull, PE1 Peterborough) is outside London, its authority
 * unknown; without the lookup nothing is known.
 */
export function placeFromText(text: string | null | undefined, places: Map<string, DistrictPlace>): DistrictPlace | undefined {
  const district = postcodeDistrict(text)
  if (!district) return undefined
  const place = places.get(district)
  if (place || places.size === 0) return place
  const area = /^[A-Z]+/.exec(district)![0]
  return areasOf(places).has(area) ? undefined : { inLondon: false, region: 'outside the London postcode areas' }
}

const areaCache = new WeakMap<Map<string, DistrictPlace>, Set<string>>()
function areasOf(places: Map<string, DistrictPlace>): Set<string> {
  let areas = areaCache.get(places)
  if (!areas) areaCache.set(places, (areas = new Set([...places.keys()].map((d) => /^[A-Z]+/.exec(d)![0]))))
  return areas
}

export function boroughFromText(text: string | null | undefined, districts: Map<string, string>): string | undefined {
  const district = postcodeDistrict(text)
  return district ? districts.get(district) : undefined
}
