import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { config } from '../config'

/**
 * London's usual residents by ethnic group from Census 2021 (ONS table TS021,
 * the 33 London authorities), read from CENSUS_2021_ETHNICITY_FILE or
 * shared/data: the long-form CSV `ltla21_code, ltla21_name, ethnic_group,
 * value`, of which only the counts (`... (number)`) are used; shares are
 * computed from them, not taken from the rounded percentages. The benchmark
 * for workforce representation metrics (issue 14, section 2).
 */
export const BROAD_ETHNIC_GROUPS = [
  { value: 'asian', label: 'Asian, Asian British or Asian Welsh' },
  { value: 'black', label: 'Black, Black British, Black Welsh, Caribbean or African' },
  { value: 'mixed', label: 'Mixed or Multiple ethnic groups' },
  { value: 'white', label: 'White' },
  { value: 'other', label: 'Other ethnic group' },
] as const

export type BroadEthnicGroup = (typeof BROAD_ETHNIC_GROUPS)[number]['value']

export const CENSUS_2021_CITATION =
  'Census 2021, table TS021 (ethnic group), usual residents of the 33 London local authorities (Office for National Statistics, Open Government Licence v3.0; tidied by the demographr package)'

export interface Census2021Group {
  group: BroadEthnicGroup
  label: string
  people: number
  /** Percent of all London residents counted. */
  share: number
}

export interface Census2021London {
  total: number
  authorities: number
  groups: Census2021Group[]
}

const COUNT = /^(.*?):\s*(.*?)\s*\(number\)$/

/** Reads the table; throws naming the file and row when a row is not what the file's layout promises. */
export function readCensus2021Ethnicity(text: string, file = 'the Census 2021 ethnicity file'): Census2021London {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>
  const people = new Map<BroadEthnicGroup, number>()
  const authorities = new Set<string>()
  rows.forEach((row, index) => {
    const line = index + 2
    const measure = row.ethnic_group
    if (measure === undefined || row.value === undefined || row.ltla21_code === undefined)
      throw new Error(`${file}, line ${line}: expected the columns ltla21_code, ltla21_name, ethnic_group and value.`)
    const match = COUNT.exec(measure.replace(/\s+/g, ' ').trim())
    if (!match) return // a percentage, which is recomputed from the counts
    const broad = BROAD_ETHNIC_GROUPS.find((g) => g.label === match[1])
    if (!broad) throw new Error(`${file}, line ${line}, column ethnic_group: "${measure}" is not in a Census 2021 broad ethnic group.`)
    const count = Number(row.value)
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`${file}, line ${line}, column value: expected a count of people, found "${row.value}".`)
    authorities.add(row.ltla21_code)
    people.set(broad.value, (people.get(broad.value) ?? 0) + count)
  })
  const total = [...people.values()].reduce((sum, n) => sum + n, 0)
  if (total === 0) throw new Error(`${file}: no counts ("... (number)" rows) found.`)
  return {
    total,
    authorities: authorities.size,
    groups: BROAD_ETHNIC_GROUPS.map(({ value, label }) => {
      const count = people.get(value) ?? 0
      return { group: value, label, people: count, share: (count / total) * 100 }
    }),
  }
}

let cached: Census2021London | null | undefined

/** London's table, or null when the file is absent (referenceFiles() warns about it). */
export function londonEthnicity2021(path = config.census2021EthnicityFile): Census2021London | null {
  if (cached !== undefined && path === config.census2021EthnicityFile) return cached
  const result = existsSync(path) ? readCensus2021Ethnicity(readFileSync(path, 'utf8'), path) : null
  if (path === config.census2021EthnicityFile) cached = result
  return result
}
