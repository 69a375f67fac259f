import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { readFileSync, writeFileSync } from 'node:fs'

/**
 * A Gender Pay Gap Service file the size of the whole UK's for one year (about
 * 10,600 rows), made from a London file's real rows repeated with new
 * EmployerIds, names and company numbers, so that every row is a new employer
 * and the import does the work a UK file would. Names say they are synthetic.
 */
export function writeUkSizeGpgFile(londonFile: string, outFile: string, rows = 10_600): number {
  const records = parse(readFileSync(londonFile), { columns: true, bom: true }) as Array<Record<string, string>>
  const out: Array<Record<string, string>> = []
  for (let i = 0; out.length < rows; i++) {
    const source = records[i % records.length]!
    const copy = Math.floor(i / records.length)
    out.push({
      ...source,
      EmployerId: String(9_000_000 + i),
      EmployerName: copy === 0 ? source.EmployerName! : `${source.EmployerName} (synthetic copy ${copy})`,
      CurrentName: copy === 0 ? (source.CurrentName ?? '') : `${source.CurrentName || source.EmployerName} (synthetic copy ${copy})`,
      CompanyNumber: source.CompanyNumber ? `S${copy}${source.CompanyNumber}`.slice(0, 10) : '',
    })
  }
  writeFileSync(outFile, stringify(out, { header: true }))
  return out.length
}
