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

function cellValue(field: FieldSpec, value: Row[string]): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.join('; ').slice(0, EXCEL_MAX_TEXT)
  if (field.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`)
  if (field.type === 'datetime' && typeof value === 'string') return new Date(value)
  if (typeof value === 'string') return value.slice(0, EXCEL_MAX_TEXT)
  return value
}

export async function toXlsx(title: string, fields: readonly FieldSpec[], rows: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.title = title
  workbook.creator = 'Building a Fairer City open-data portal'
  const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = fields.map((f) => ({
    header: f.name,
    key: f.name,
    width: Math.min(40, Math.max(10, f.name.length + 2)),
    style: f.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : f.type === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(Object.fromEntries(fields.map((f) => [f.name, cellValue(f, row[f.name])])))
  const columns = workbook.addWorksheet('Columns')
  columns.columns = [
    { header: 'column', key: 'name', width: 30 },
    { header: 'type', key: 'type', width: 10 },
    { header: 'description', key: 'description', width: 100 },
  ]
  columns.getRow(1).font = { bold: true }
  for (const f of fields) columns.addRow({ name: f.name, type: f.type, description: f.description })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
