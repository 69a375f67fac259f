import { basename } from 'node:path'
import type { Payload } from 'payload'
import type { WorkforceProfile } from '../../payload-types'
import { withTransaction } from '../../seed/withTransaction'
import { WORKFORCE_CHARACTERISTICS } from '../../../domain/vocabulary'
import { parseNumber } from '../../../domain/cells'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { OrganisationMatcher } from '../organisationMatcher'
import { ImportFileError, type Problem } from '../problems'
import { readCsvRecords } from '../readCsvRecords'
import { RecordStore, relationId } from '../recordStore'

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

type WorkforceData = Omit<WorkforceProfile, 'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'title'> & { organisation: number | string }
const MEANINGFUL = ['published', 'grouping', 'level', 'employees', 'linkToInformation', 'counts'] as const
const keyOf = (r: Record<string, unknown>) =>
  `${relationId(r.organisation)}|${r.published}|${r.grouping}|${r.level ?? ''}|${(r.provenance as { source?: string } | undefined)?.source ?? ''}`

/** The standard asks for ISO 8601; spreadsheets re-save dates as dd/mm/yyyy, which is read as a UK date. */
export function isoDate(text: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text
}

export function sectionOf(column: string): { characteristic: string; category: string } | undefined {
  const section = WORKFORCE_CHARACTERISTICS.find((s) => column.startsWith(`${s}_`))
  return section ? { characteristic: section, category: column.slice(section.length + 1).replaceAll('_', '/') } : undefined
}

export async function importOpenInnovations(payload: Payload, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const unknownColumns: string[] = []
  let blankRows = 0
  const rows: Array<{ row: number; organisation: string; data: Omit<WorkforceData, 'organisation'> }> = []

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
    summary.rows = row
    if (row % 500 === 0) options.onProgress?.(row, 'reading')
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
    rows.push({
      row,
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
    })
  }
  if (summary.rows === 0) throw new ImportFileError({ file, message: 'has a header but no rows.' })
  if (blankRows > 0) summary.notes.push(`${blankRows} blank row${blankRows === 1 ? '' : 's'} (every cell empty) skipped.`)
  if (unknownColumns.length > 0) summary.notes.push(`columns not in the standard's sections, not imported: ${unknownColumns.join(', ')}.`)

  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await RecordStore.load<WorkforceData>(payload, req, {
      collection: 'workforce-profiles',
      where: { 'provenance.source': { equals: 'open-innovations' } },
      keyOf,
      meaningful: MEANINGFUL,
    })
    // Two rows of one file must never overwrite each other: the first stands and the second is reported.
    const firstRowFor = new Map<string, number>()
    for (const { row, organisation: name, data } of rows) {
      const { organisation } = await matcher.findOrCreate({ name }, 'a workforce diversity file')
      const key = keyOf({ ...data, organisation: organisation.id })
      if (firstRowFor.has(key)) {
        summary.rejected.push({
          file,
          row,
          message: `repeats row ${firstRowFor.get(key)} (same organisation, date and grouping); the earlier row was kept.`,
        })
        continue
      }
      firstRowFor.set(key, row)
      const outcome = await store.write(
        { ...data, organisation: organisation.id } as WorkforceData,
        `${organisation.name}: workforce ${data.published} (${data.grouping})`,
      )
      if (outcome === 'kept-manual')
        summary.keptManualCorrections.push({
          file,
          row,
          message: `${organisation.name}’s ${data.published} profile was corrected by hand; not overwritten.`,
        })
      else summary[outcome]++
    }
    summary.organisationsCreated = matcher.created
  })
  return summary
}
