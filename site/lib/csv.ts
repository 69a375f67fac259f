// The browser build runs in Node and in the compare basket alike (the Node build needs Buffer).
import { stringify } from 'csv-stringify/browser/esm/sync'
import { FORMULA_START } from '../../domain/csvFormulas'

/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), UTF-8.
 *
 * Spreadsheet programs run a cell that starts with = + - @, a tab or a carriage
 * return as a formula (OWASP "CSV injection"), so such text cells get a leading
 * apostrophe. Numbers are written as numbers: a negative number is data, not a
 * formula, and must stay numeric for researchers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export type CsvValue = string | number | boolean | null | undefined | string[]

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) return neutraliseFormula(value.join('; '))
  return neutraliseFormula(value)
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  return stringify([columns as string[], ...rows.map((row) => columns.map((column) => csvCell(row[column])))], {
    record_delimiter: '\r\n',
    // csv-stringify quotes only fields holding the record delimiter itself (CRLF),
    // so a lone LF or CR would break the row; RFC 4180 quotes any line break.
    quoted_match: /[\r\n]/,
  })
}
