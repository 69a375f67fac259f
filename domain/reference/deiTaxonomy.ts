import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../config'

/**
 * The DEI extension's taxonomy of communities facing inequity (360Giving, CC BY
 * 4.0): its population groups, for the dashboard's filter, and every code's
 * name, for grant pages. Read at build time from THREESIXTYGIVING_DIR or
 * shared/data; without it, codes are shown as codes.
 */
export interface PopulationGroup {
  prefix: string
  name: string
}

interface TaxonomyFile {
  population_groups: Array<{
    prefix: string
    name: string
    categories?: Array<{ code: string; name: string; subcategories?: Array<{ code: string; name: string }> }>
  }>
}

let cached: { groups: PopulationGroup[]; names: Map<string, string> } | undefined

function load() {
  if (cached) return cached
  const path = resolve(config.threeSixtyGivingDir, 'dei-extension/taxonomy/taxonomy.json')
  if (!existsSync(path)) return (cached = { groups: [], names: new Map() })
  const taxonomy = JSON.parse(readFileSync(path, 'utf8')) as TaxonomyFile
  const names = new Map<string, string>()
  for (const group of taxonomy.population_groups)
    for (const category of group.categories ?? []) {
      names.set(category.code, category.name)
      for (const sub of category.subcategories ?? []) names.set(sub.code, sub.name)
    }
  return (cached = { groups: taxonomy.population_groups.map(({ prefix, name }) => ({ prefix, name })), names })
}

export const populationGroups = (): PopulationGroup[] => load().groups
export const taxonomyName = (code: string): string => load().names.get(code) ?? code
