import { WORKFORCE_CHARACTERISTICS } from '../../../domain/vocabulary'
import { parseNumber } from '../../../domain/cells'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter } from '../pipeline/runImporter'
import { ImportFileError, type Problem } from '../problems'
import { readCsvRecords } from '../readCsvRecords'
import { councilIdentity } from '../councilIdentity'
import { workforceRecords, type WorkforceData } from '../workforceStore'

/**
 * Imports workforce profiles in the Open Innovations diversity data standard
 * (one row per organisation, date and grouping; one column per category such as
 * ethnicity_asian_indian or gender_prefernottosay). Blank cells are not
 * reported and are left out; a cell that is not a whole number rejects its row,
 * naming the column. Columns outside the standard's sections are counted in the
 * summary, not guessed at. Re-importing changes nothing.
 */
const METADATA = [
  'published',
  'organisation',
  'organisation_grouping',
  'organisation_division',
  'organisation_level',
  'employees',
  'link_to_dei_info',
  'sic_codes',
]
const PUBLISHED = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** A row of the file: the organisation as named, and its profile. */
interface WorkforceDraft {
  organisation: string
  data: Omit<WorkforceData, 'organisation'>
}

/** The standard asks for ISO 8601; spreadsheets re-save dates as dd/mm/yyyy, which is read as a UK date. */
export function isoDate(text: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text
}

export function sectionOf(column: string): { characteristic: string; category: string } | undefined {
  const section = WORKFORCE_CHARACTERISTICS.find((s) => column.startsWith(`${s}_`))
  return section ? { characteristic: section, category: column.slice(section.length + 1).replaceAll('_', '/') } : undefined
}

async function* readOpenInnovationsRows(path: string, { file, summary, rowRead }: ReadContext): AsyncGenerator<ReadRecord<WorkforceDraft>> {
  const unknownColumns: string[] = []
  let blankRows = 0

  for await (const { row, line, values } of readCsvRecords(path, {
    onHeader: (names) => {
      const missing = ['published', 'organisation'].filter((c) => !names.includes(c))
      if (missing.length > 0) {
        throw new ImportFileError({
          file,
          row: 0,
          column: missing.join(', '),
          message: 'the header lacks the Open Innovations standard’s required columns published and organisation.',
        })
      }
      unknownColumns.push(...names.filter((n) => n && !METADATA.includes(n) && !sectionOf(n)))
    },
  })) {
    rowRead(row)
    if (Object.values(values).every((v) => v.trim() === '')) {
      blankRows++
      continue
    }
    const problems: Problem[] = []
    const published = isoDate((values.published ?? '').trim())
    const organisation = (values.organisation ?? '').trim()
    if (!PUBLISHED.test(published))
      problems.push({
        file,
        row,
        line,
        column: 'published',
        message: `expected an ISO 8601 date such as 2021, 2021-01 or 2021-01-26, got "${values.published}".`,
      })
    if (!organisation)
      problems.push({ file, row, line, column: 'organisation', message: 'expected the organisation’s name, got an empty cell.' })
    const counts: WorkforceData['counts'] = []
    for (const [column, raw] of Object.entries(values)) {
      const section = sectionOf(column)
      if (!section || raw.trim() === '') continue
      const parsed = parseNumber(raw)
      if (!parsed.ok || parsed.value === null || parsed.value < 0 || !Number.isInteger(parsed.value)) {
        problems.push({ file, row, line, column, message: `expected a headcount (a whole number, 0 or more), got "${raw}".` })
        continue
      }
      counts.push({ ...section, headcount: parsed.value, status: 'reported', symbol: null })
    }
    const employees = parseNumber(values.employees)
    if (!employees.ok) problems.push({ file, row, line, column: 'employees', message: `expected ${employees.expected}.` })
    if (problems.length > 0) {
      summary.rejected.push(...problems)
      continue
    }
    yield {
      place: { row },
      draft: {
        organisation,
        data: {
          published,
          grouping: (values.organisation_grouping ?? values.organisation_division ?? '').trim() || 'All staff',
          level: (values.organisation_level ?? '').trim() || null,
          employees: employees.ok ? employees.value : null,
          linkToInformation: (values.link_to_dei_info ?? '').trim() || null,
          counts,
          provenance: { source: 'open-innovations', sourceFile: file, sourceRow: row },
        },
      },
    }
  }
  if (blankRows > 0) summary.notes.push(`${blankRows} blank row${blankRows === 1 ? '' : 's'} (every cell empty) skipped.`)
  if (unknownColumns.length > 0) summary.notes.push(`columns not in the standard's sections, not imported: ${unknownColumns.join(', ')}.`)
}

export const openInnovationsImporter = defineImporter<WorkforceDraft, WorkforceData>({
  label: 'Workforce profiles in the Open Innovations diversity data standard',
  ...workforceRecords('open-innovations'),
  read: readOpenInnovationsRows,
  parties: ({ organisation }) => [{ identity: councilIdentity(organisation), source: 'a workforce diversity file' }],
  data: ({ data }, [organisation]) => ({ ...data, organisation: organisation.id }) as WorkforceData,
  title: (data, [organisation]) => `${organisation.name}: workforce ${data.published} (${data.grouping})`,
  keyDescription: 'organisation, date and grouping',
})

export const importOpenInnovations = openInnovationsImporter.run
