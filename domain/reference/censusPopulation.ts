import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { config } from '../config'

/**
 * Population by broad ethnic group from Census 2021 (ONS table TS021, the 19
 * categories, all usual residents; tidied by humaniverse/demographr, OGL v3.0),
 * for London (the 33 authorities E09000001-E09000033) or one lower-tier local
 * authority, read at build time from CENSUS_ETHNICITY_FILE or shared/data. The
 * 19 categories are summed into the five Open Innovations groups workforce
 * profiles use. All ages: the comparison says so. Absent file, absent comparison.
 */
export interface PopulationShare {
  group: string
  label: string
  people: number
  share: number
}

export interface AreaPopulation {
  /** The area's name, e.g. "London" or "Leeds". */
  area: string
  code: string
  shares: PopulationShare[]
}

export const CENSUS_CITATION =
  'Census 2021, table TS021 (ethnic group), all usual residents (Office for National Statistics, Open Government Licence v3.0; via humaniverse/demographr)'

/** The Open Innovations groups, with the prefix of the Census 2021 categories that make each up. */
const GROUPS = [
  ['white', 'White', 'White:'],
  ['mixed', 'Mixed or multiple', 'Mixed or Multiple ethnic groups:'],
  ['asian', 'Asian or Asian British', 'Asian, Asian British or Asian Welsh:'],
  ['black', 'Black, African, Caribbean or Black British', 'Black, Black British, Black Welsh, Caribbean or African:'],
  ['other', 'Other ethnic group', 'Other ethnic group:'],
] as const

type Counts = Map<string, { name: string; byGroup: Map<string, number> }>

let cached: { path: string; counts: Counts | null } | undefined

function readCounts(path: string): Counts | null {
  if (cached?.path === path) return cached.counts
  if (!existsSync(path)) return (cached = { path, counts: null }).counts
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Array<Record<string, string>>
  for (const column of ['ltla21_code', 'ltla21_name', 'ethnic_group', 'value'])
    if (!(column in (rows[0] ?? {})))
      throw new Error(`${path}: expected a column "${column}" (Census 2021 ethnic group by local authority, long form).`)
  const counts: Counts = new Map()
  for (const row of rows) {
    // Each category comes as a count and a percentage; the counts are summed, as the rounded percentages do not add up.
    if (!/\(number\)\s*$/.test(row.ethnic_group)) continue
    const group = GROUPS.find(([, , prefix]) => row.ethnic_group.startsWith(prefix))
    if (!group) throw new Error(`${path}: the category "${row.ethnic_group}" is not one of Census 2021's 19.`)
    const area = counts.get(row.ltla21_code) ?? { name: row.ltla21_name, byGroup: new Map<string, number>() }
    area.byGroup.set(group[0], (area.byGroup.get(group[0]) ?? 0) + Number(row.value))
    counts.set(row.ltla21_code, area)
  }
  return (cached = { path, counts }).counts
}

function sharesOf(areas: Array<{ byGroup: Map<string, number> }>): PopulationShare[] {
  const people = (group: string) => areas.reduce((sum, a) => sum + (a.byGroup.get(group) ?? 0), 0)
  const total = GROUPS.reduce((sum, [group]) => sum + people(group), 0)
  return GROUPS.map(([group, label]) => ({ group, label, people: people(group), share: (people(group) / total) * 100 }))
}

/** London's population: the 33 London authorities together. */
export function londonEthnicity(path = config.censusEthnicityFile): AreaPopulation | null {
  const counts = readCounts(path)
  const london = [...(counts ?? new Map()).entries()].filter(([code]) => /^E09/.test(code)).map(([, a]) => a)
  return london.length === 33 ? { area: 'London', code: 'E12000007', shares: sharesOf(london) } : null
}

/** One local authority's population, by its 2021 code or its name as the Census names it (e.g. "Leeds"). */
export function areaEthnicity(codeOrName: string, path = config.censusEthnicityFile): AreaPopulation | null {
  const counts = readCounts(path)
  if (!counts) return null
  const found = counts.has(codeOrName)
    ? ([codeOrName, counts.get(codeOrName)!] as const)
    : [...counts.entries()].find(([, a]) => a.name.toLowerCase() === codeOrName.trim().toLowerCase())
  return found ? { area: found[1].name, code: found[0], shares: sharesOf([found[1]]) } : null
}

/**
 * The population an organisation's workforce is compared with: London's for an
 * organisation in London, its own authority's for one outside whose authority
 * is known, and none otherwise (an organisation from Leeds is not compared with London).
 */
export function comparisonPopulation(
  organisation: { inLondon?: string | null; localAuthority?: string | null; boroughs?: readonly string[]; londonWide?: boolean | null },
  path = config.censusEthnicityFile,
): AreaPopulation | null {
  const inLondon = organisation.inLondon === 'yes' || (organisation.boroughs ?? []).length > 0 || Boolean(organisation.londonWide)
  if (inLondon) return londonEthnicity(path)
  if (organisation.inLondon === 'no' && organisation.localAuthority) return areaEthnicity(organisation.localAuthority, path)
  return null
}
