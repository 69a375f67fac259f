import ExcelJS from 'exceljs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportFileError } from './problems'
import { refuseRepeatedNames } from './readCsvRecords'

export interface SheetRecord {
  /** 1-based data row (the header is row 0); the sheet's own row number is one more. */
  row: number
  values: Record<string, string>
}

/** Workbooks are read whole (the library's reader holds one in memory); uploads are 50 MB at most. */
const MAX_XLSX_BYTES = 50 * 1024 * 1024

/**
 * A cell as the text a CSV export of it would hold, so spreadsheet and CSV
 * files go through the same validation: dates as ISO 8601 (a date alone when
 * it has no time), numbers as written, formulas as their result, rich text
 * and links as their text. An error cell (#N/A) stays as its code, for the
 * validation to refuse.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
  }
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue)
  if ('error' in value) return value.error
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  return ''
}

/**
 * Reads one sheet of an XLSX workbook as records keyed by its first row: the
 * sheet named `sheetName` (ignoring case), or else the first. Refuses the
 * file, naming why, when it is not a workbook the library can read, has no
 * such sheet with a header, or names a column twice.
 */
export async function readXlsxRecords(
  path: string,
  options: { sheetName?: string; onHeader?: (names: string[]) => void } = {},
): Promise<{ sheet: string; records: SheetRecord[] }> {
  const file = basename(path)
  if ((await stat(path)).size > MAX_XLSX_BYTES)
    throw new ImportFileError({
      file,
      message: `is larger than ${MAX_XLSX_BYTES / 1024 / 1024} MB; split the workbook, or save it as CSV.`,
    })
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.readFile(path)
  } catch (error) {
    throw new ImportFileError({
      file,
      message: `is a zip file but not an XLSX workbook that can be read (${(error as Error).message}); save it from the spreadsheet as XLSX or CSV.`,
    })
  }
  const wanted = options.sheetName?.toLowerCase()
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === wanted) ?? workbook.worksheets[0]
  if (!sheet) throw new ImportFileError({ file, message: 'is a workbook with no sheets.' })
  const header = sheet.getRow(1)
  const names: string[] = []
  header.eachCell({ includeEmpty: true }, (cell, column) => (names[column - 1] = cellText(cell.value).trim()))
  for (let i = 0; i < names.length; i++) names[i] ??= ''
  if (names.every((n) => n === ''))
    throw new ImportFileError({ file, row: 0, message: `sheet "${sheet.name}" has no header in its first row.` })
  refuseRepeatedNames(file, names)
  options.onHeader?.(names)
  const records: SheetRecord[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const values: Record<string, string> = {}
    names.forEach((name, i) => {
      if (name) values[name] = cellText(row.getCell(i + 1).value)
    })
    records.push({ row: rowNumber - 1, values })
  })
  return { sheet: sheet.name, records }
}
