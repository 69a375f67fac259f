import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { config } from '../config'
import { missingReferenceWarning, referenceFiles } from './referenceFiles'
import { BOROUGHS, slugify } from '../vocabulary'

/**
 * Borough of a London postcode, from its district ("EC1N 2HT" -> EC1N ->
 * Islington), using the postcode-district lookup in shared/data/reference when
 * it is present. Postcodes outside the 33 London boroughs give nothing.
 */
/** Said in every import summary that assigns boroughs, when the lookup is missing. */
export function postcodeDistrictsWarning(): string | undefined {
  const file = referenceFiles().find((f) => f.variable === 'POSTCODE_DISTRICTS_FILE')!
  return missingReferenceWarning(file)
}

const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?\d[A-Z]{2}\b/i
const boroughSlugs = new Set(BOROUGHS.map((b) => b.value))

export function loadPostcodeDistricts(path = config.postcodeDistrictsFile): Map<string, string> {
  const districts = new Map<string, string>()
  if (!existsSync(path)) return districts
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
  const keys = Object.keys(rows[0] ?? {})
  // The lookup names the district "Postcode" and its local authority "Region".
  const districtKey = keys.find((k) => /^(postcode|district|postcode district)$/i.test(k.trim()))
  const authorityKey = keys.find((k) => /^(region|local authority|borough|lad)$/i.test(k.trim()))
  if (!districtKey || !authorityKey) return districts
  for (const row of rows) {
    const slug = slugify(row[authorityKey] ?? '')
    if (boroughSlugs.has(slug)) districts.set((row[districtKey] ?? '').trim().toUpperCase(), slug)
  }
  return districts
}

export function boroughFromText(text: string | null | undefined, districts: Map<string, string>): string | undefined {
  const match = UK_POSTCODE.exec(text ?? '')
  return match ? districts.get(match[1].toUpperCase()) : undefined
}
