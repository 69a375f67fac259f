import type { ReadContext } from '../pipeline/importer'
import { ImportFileError, type Problem } from '../problems'
import { readCsvRecords } from '../readCsvRecords'
import { compareHeader, readCell, type Template } from '../../../domain/csvTemplates/columns'

export interface TemplateRow {
  row: number
  line: number
  /** Each column's value as read by its rules; absent columns are null. */
  cells: Record<string, unknown>
}

/**
 * Streams a file in one of the portal's templates, reading every cell by its
 * column's rules. Refuses the file (nothing stored) when its header lacks a
 * required column or it is not UTF-8 CSV; rejects a row, naming each cell that
 * cannot be read and what was expected. Unknown columns are noted, not guessed at.
 */
export async function* readTemplateRows(
  template: Template,
  path: string,
  { file, summary, rowRead }: ReadContext,
): AsyncGenerator<TemplateRow> {
  let blankRows = 0
  for await (const { row, line, values } of readCsvRecords(path, {
    onHeader: (names) => {
      const { missing, unknown } = compareHeader(template, names)
      if (missing.length > 0)
        throw new ImportFileError({
          file,
          row: 0,
          column: missing.join(', '),
          message: `the header lacks the ${template.title.toLowerCase()}’s required column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}. Download the blank template from the portal’s data page.`,
        })
      if (unknown.length > 0) summary.notes.push(`columns not in the template, not imported: ${unknown.join(', ')}.`)
    },
  })) {
    rowRead(row)
    if (Object.values(values).every((v) => v.trim() === '')) {
      blankRows++
      continue
    }
    const problems: Problem[] = []
    const cells: Record<string, unknown> = {}
    for (const column of template.columns) {
      const reading = readCell(column, values[column.name])
      if (reading.ok) cells[column.name] = reading.value
      else problems.push({ file, row, line, column: column.name, message: `expected ${reading.expected}.` })
    }
    if (problems.length > 0) summary.rejected.push(...problems)
    else yield { row, line, cells }
  }
  if (blankRows > 0) summary.notes.push(`${blankRows} blank row${blankRows === 1 ? '' : 's'} (every cell empty) skipped.`)
}
