import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { config } from '../config'

/**
 * London's population by broad ethnic group, from Census 2011 table QS201EW for
 * the 33 London local authorities (ONS, Open Government Licence), read at build
 * time from CENSUS_ETHNICITY_FILE or shared/data. All usual residents, not only
 * those of working age: the comparison says so. Absent file, absent comparison.
 */
export interface PopulationShare {
  group: string
  label: string
  people: number
  share: number
}

export const CENSUS_CITATION =
  'Census 2011, table QS201EW, all usual residents of the 33 London local authorities (Office for National Statistics, Open Government Licence v3.0)'

const GROUPS = [
  ['white', 'White', 'Ethnic Group: White; measures: Value'],
  ['mixed', 'Mixed or multiple', 'Ethnic Group: Mixed; measures: Value'],
  ['asian', 'Asian or Asian British', 'Ethnic Group: Asian; measures: Value'],
  ['black', 'Black, African, Caribbean or Black British', 'Ethnic Group: Black; measures: Value'],
  ['other', 'Other ethnic group', 'Ethnic Group: Other; measures: Value'],
] as const

let cached: PopulationShare[] | null | undefined

export function londonEthnicity(path = config.censusEthnicityFile): PopulationShare[] | null {
  if (cached !== undefined) return cached
  if (!existsSync(path)) return (cached = null)
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Array<Record<string, string>>
  const total = rows.reduce((sum, r) => sum + Number(r['Ethnic Group: All categories: Ethnic group; measures: Value']), 0)
  cached = GROUPS.map(([group, label, column]) => {
    const people = rows.reduce((sum, r) => sum + Number(r[column]), 0)
    return { group, label, people, share: (people / total) * 100 }
  })
  return cached
}
