import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { readFileSync, writeFileSync } from 'node:fs'

/**
 * A synthetic Gender Pay Gap Service file for the benchmark: `organisations`
 * rows, one per "Synthetic organisation NNNNN" (EmployerId 9,000,000 + n, so
 * the same organisation matches across years), with the figures of a real
 * London file's rows and the DueDate moved to `year` + 1, so that the import
 * reads it as that reporting year. Names say they are synthetic; no company
 * number, so nothing matches a real employer.
 */
export function writeSyntheticGpgFile(londonFile: string, outFile: string, organisations: number, year: number): number {
  const records = parse(readFileSync(londonFile), { columns: true, bom: true }) as Array<Record<string, string>>
  const out = Array.from({ length: organisations }, (_, i) => {
    const source = records[(i + year) % records.length]!
    const name = `Synthetic organisation ${String(i + 1).padStart(5, '0')}`
    const moveYear = (date: string | undefined) => (date ? date.replace(/\b(19|20)\d\d\b/, String(year + 1)) : '')
    return {
      ...source,
      EmployerId: String(9_000_000 + i),
      EmployerName: name,
      CurrentName: name,
      CompanyNumber: '',
      DueDate: moveYear(source.DueDate),
      DateSubmitted: moveYear(source.DateSubmitted),
    }
  })
  writeFileSync(outFile, stringify(out, { header: true }))
  return out.length
}
