import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../config'

/**
 * The Race Disparity Unit's standard ethnicity classifications (e.g. 5B, "ONS
 * 2011 - 5+1"; 19A, "ONS 2021 - 19+1"), read from ETHNICITY_CLASSIFICATIONS_FILE
 * or shared/data. A pay gap for ethnicity names its classification, and the
 * groups it compares must be groups of that classification: its standard
 * categories, their display names, or their parents (White in 19A).
 */
export interface EthnicityClassification {
  code: string
  name: string
  /** The groups as the classification writes them, for messages. */
  groups: string[]
}

export const CLASSIFICATION_CITATION =
  'Race Disparity Unit, ethnicity classifications (classification_definitions.csv, Open Government Licence v3.0)'

const CODE = /^(\d{1,2}[A-Z]\+?)(?:\b|\s|$)/i

let cached: Map<string, EthnicityClassification> | null | undefined

export function classificationsFile(): string {
  return config.ethnicityClassificationsFile
}

/** Every classification by code, or null when the file is not on this machine. */
export function ethnicityClassifications(): Map<string, EthnicityClassification> | null {
  if (cached !== undefined) return cached
  const path = classificationsFile()
  if (!existsSync(path)) return (cached = null)
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Array<Record<string, string>>
  const byCode = new Map<string, EthnicityClassification>()
  for (const row of rows) {
    const code = row.Code.trim().toUpperCase()
    const entry = byCode.get(code) ?? { code, name: row['Classification short name'].trim(), groups: [] }
    for (const group of [row.Standard, row.Display, row.Parent].map((g) => g.trim())) {
      if (group && group !== 'All' && !entry.groups.includes(group)) entry.groups.push(group)
    }
    byCode.set(code, entry)
  }
  return (cached = byCode)
}

/** "5B", "5b" or "5B (ONS 2011 - 5+1)" → "5B"; undefined when the text does not start with a code. */
export function classificationCode(text: string): string | undefined {
  return CODE.exec(text.trim())?.[1].toUpperCase()
}

/** The classification's own spelling of a group, or undefined when it has no such group (case and spacing ignored). */
export function groupIn(classification: EthnicityClassification, group: string): string | undefined {
  const wanted = group.trim().replace(/\s+/g, ' ').toLowerCase()
  return classification.groups.find((g) => g.toLowerCase() === wanted)
}
