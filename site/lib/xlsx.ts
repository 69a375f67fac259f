import { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { FieldSpec, Row } from './datasets/types'

/**
 * A dataset as an Excel workbook, for people who open downloads in Excel: a CSV
 * opened there is read in the computer's legacy code page ("£" and "’" turn to
 * junk without a byte-order mark) and its text is guessed at (company number
 * 01234567 loses its zero, 1-1-4 becomes a date). In a workbook every cell
 * keeps its type: text is text, numbers and dates are numbers and dates. A
 * second sheet describes the columns. Cells are values, never formulas, so
 * text starting with = is shown as written.
 */
const EXCEL_MAX_TEXT = 32_767
/** A worksheet's 1,048,576 rows, less the header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575

function cellValue(field: FieldSpec, value: Row[string]): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.join('; ').slice(0, EXCEL_MAX_TEXT)
  if (field.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`)
  if (field.type === 'datetime' && typeof value === 'string') return new Date(value)
  if (typeof value === 'string') return value.slice(0, EXCEL_MAX_TEXT)
  return value
}

const tooLong = (title: string, maxRows: number) =>
  new Error(`"${title}" has more rows than an Excel worksheet holds (${maxRows.toLocaleString('en-GB')}): give its dataset noWorkbook.`)

/**
 * Written with ExcelJS's streaming writer: each row is committed (serialised
 * and compressed) as it is added, so memory holds the compressed workbook, not
 * a model of every cell, and does not grow with the rows (at 20,000
 * organisations the pay gap table has 40,000 rows of 63 columns for two
 * years). It runs beside Astro's step (scripts/write-workbooks.ts).
 */
export async function toXlsx(
  title: string,
  fields: readonly FieldSpec[],
  rows: Iterable<Row>,
  maxRows = EXCEL_MAX_DATA_ROWS,
): Promise<Buffer> {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  workbook.title = title
  workbook.creator = 'Building a Fairer City open-data portal'
  // A fixed date, so the same rows give the same file (the build compares outputs).
  workbook.created = workbook.modified = new Date('2000-01-01T00:00:00Z')
  const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = fields.map((f) => ({
    header: f.name,
    key: f.name,
    width: Math.min(40, Math.max(10, f.name.length + 2)),
    style: f.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : f.type === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  if (Array.isArray(rows) && rows.length > maxRows) throw tooLong(title, maxRows)
  let written = 0
  for (const row of rows) {
    // Excel would open a longer sheet cut short, without saying so: the build fails instead, and the dataset is given `noWorkbook`.
    if (++written > maxRows) throw tooLong(title, maxRows)
    sheet.addRow(Object.fromEntries(fields.map((f) => [f.name, cellValue(f, row[f.name])]))).commit()
  }
  sheet.commit()
  const columns = workbook.addWorksheet('Columns')
  columns.columns = [
    { header: 'column', key: 'name', width: 30 },
    { header: 'type', key: 'type', width: 10 },
    { header: 'description', key: 'description', width: 100 },
  ]
  columns.getRow(1).font = { bold: true }
  columns.getRow(1).commit()
  for (const f of fields) columns.addRow({ name: f.name, type: f.type, description: f.description }).commit()
  columns.commit()
  await workbook.commit()
  return Buffer.concat(chunks)
}
