import { readFileSync, statSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { PayloadRequest } from 'payload'
import { runsAsFormula } from '../../domain/csvFormulas'

/**
 * Checks on an uploaded file's bytes, for the library and the admin's imports.
 * Payload hands hooks `req.file`, but for files it does not resize it replaces
 * `size` with undefined (payload/dist/uploads/generateFileData.js), and with
 * temporary files `data` is empty: the real bytes are read here.
 */
type UploadedFile = NonNullable<PayloadRequest['file']> & { tempFilePath?: string }

export function uploadedBytes(file: UploadedFile): Buffer {
  if (file.data && file.data.length > 0) return file.data
  if (file.tempFilePath) return readFileSync(file.tempFilePath)
  return Buffer.alloc(0)
}

export function uploadedSize(file: UploadedFile): number {
  if (file.data && file.data.length > 0) return file.data.length
  if (file.tempFilePath) return statSync(file.tempFilePath).size
  return 0
}

/** Markup a browser would run as a page. */
const MARKUP = /<\s*(script|html|body|iframe|object|embed|svg|!doctype)\b/i

/**
 * The first markup in a file: anywhere in a text file (a CSV is read whole), in
 * the first 4 KB of a binary one, where a page renamed .pdf shows itself (the
 * compressed streams of PDF and Office files are not text to search).
 */
export function markupIn(bytes: Buffer, text: boolean): string | undefined {
  return MARKUP.exec((text ? bytes : bytes.subarray(0, 4096)).toString('latin1'))?.[0]
}

export interface FormulaCell {
  row: number
  column: number
  text: string
}

/**
 * Cells a spreadsheet would run as formulas, in reading order (rows and columns
 * from 1, as a spreadsheet numbers them). A file that is not well-formed CSV
 * throws csv-parse's error, which names the line.
 */
export function formulaCells(bytes: Buffer, limit = 5): FormulaCell[] {
  const rows = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]
  const found: FormulaCell[] = []
  rows.forEach((cells, r) =>
    cells.forEach((text, c) => {
      if (found.length < limit && runsAsFormula(text)) found.push({ row: r + 1, column: c + 1, text })
    }),
  )
  return found
}

export function describeFormulaCells(name: string, cells: FormulaCell[]): string {
  const listed = cells.map((c) => `row ${c.row}, column ${c.column} ("${c.text.slice(0, 30)}")`).join('; ')
  return (
    `${name} has cells a spreadsheet would run as formulas (starting with = + - @, a tab or a carriage return): ${listed}. ` +
    'Put an apostrophe before such text, or remove the formula, and upload it again.'
  )
}

export const isCsv = (file: { name?: string; mimetype?: string }): boolean =>
  file.mimetype === 'text/csv' || /\.csv$/i.test(file.name ?? '')
