import { parseBoolean, parseDateTime, parseNumber, type Parsed } from '../../../domain/cells'
import type { Problem } from '../problems'
import { payGapFlags, type Flag, type PayGapFigures } from '../../../domain/payGaps/rules'
import { cell, type GpgColumn } from './gpgLayout'

/** One employer's row from a Gender Pay Gap Service file, parsed and checked. */
export interface GpgRecord {
  row: number
  employerName: string
  currentName: string
  employerId: string | null
  companyNumber: string | null
  postCode: string | null
  address: string
  sicCodes: string
  year: number
  /** Men are the reference group; women the comparison group. */
  figures: PayGapFigures
  link: string | null
  linkAsPublished: string
  responsiblePerson: string | null
  employerSize: string | null
  submittedLate: boolean | null
  dueDate: string | null
  dateSubmitted: string | null
  flags: Flag[]
}

const QUARTER_COLUMNS: Array<[GpgColumn, GpgColumn]> = [
  ['MaleLowerQuartile', 'FemaleLowerQuartile'],
  ['MaleLowerMiddleQuartile', 'FemaleLowerMiddleQuartile'],
  ['MaleUpperMiddleQuartile', 'FemaleUpperMiddleQuartile'],
  ['MaleTopQuartile', 'FemaleTopQuartile'],
]

/** UK company numbers are 8 characters; files re-saved by spreadsheets drop leading zeros. */
export function normaliseCompanyNumber(text: string | undefined): string | null {
  const t = (text ?? '').trim().toUpperCase()
  if (t === '') return null
  const padded = /^\d{1,8}$/.test(t) ? t.padStart(8, '0') : t
  return /^(\d{8}|[A-Z]{2}\d{6})$/.test(padded) ? padded : null
}

/** Published links sometimes omit the scheme ("www.example.com/gpg"). */
export function normaliseLink(text: string | undefined): string | null {
  let t = (text ?? '').trim()
  if (t === '') return null
  if (/^www\./i.test(t)) t = `https://${t}`
  try {
    const url = new URL(t)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

export function parseGpgRecord(
  file: string,
  row: number,
  line: number,
  values: Record<string, string>,
  fallbackYear: number | undefined,
): { record: GpgRecord } | { problems: Problem[] } {
  const problems: Problem[] = []
  const take = <T>(column: GpgColumn, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value
    problems.push({ file, row, line, column, message: `expected ${parsed.expected}.` })
    return null
  }
  const number = (column: GpgColumn) => take(column, parseNumber(cell(values, column)))
  const employerName = (cell(values, 'EmployerName') ?? '').trim()
  if (!employerName) problems.push({ file, row, line, column: 'EmployerName', message: 'expected the employer’s name, got an empty cell.' })

  const dueDate = take('DueDate', parseDateTime(cell(values, 'DueDate')))
  const dateSubmitted = take('DateSubmitted', parseDateTime(cell(values, 'DateSubmitted')))
  const submittedLate = take('SubmittedAfterTheDeadline', parseBoolean(cell(values, 'SubmittedAfterTheDeadline')))
  // The reporting year runs from the snapshot date, a year before the deadline.
  const year = dueDate ? new Date(dueDate).getUTCFullYear() - 1 : fallbackYear
  if (year === undefined) {
    problems.push({
      file,
      row,
      line,
      column: 'DueDate',
      message: 'cannot tell the reporting year: the row has no DueDate, and none was given for the file (use --year).',
    })
  }
  const figures = {
    meanHourlyGap: number('DiffMeanHourlyPercent'),
    medianHourlyGap: number('DiffMedianHourlyPercent'),
    meanBonusGap: number('DiffMeanBonusPercent'),
    medianBonusGap: number('DiffMedianBonusPercent'),
    referenceBonusShare: number('MaleBonusPercent'),
    comparisonBonusShare: number('FemaleBonusPercent'),
    quarters: QUARTER_COLUMNS.map(([m, f]) => [number(m), number(f)] as [number | null, number | null]),
  }
  if (problems.length > 0 || year === undefined) return { problems }

  const linkAsPublished = (cell(values, 'CompanyLinkToGPGInfo') ?? '').trim()
  const link = normaliseLink(linkAsPublished)
  const flags = payGapFlags(figures)
  if (linkAsPublished && !link)
    flags.push({ code: 'invalid-link', message: `The published link “${linkAsPublished}” is not a web address.` })
  const text = (column: GpgColumn) => (cell(values, column) ?? '').trim() || null
  return {
    record: {
      row,
      employerName,
      currentName: text('CurrentName') ?? employerName,
      employerId: text('EmployerId'),
      companyNumber: normaliseCompanyNumber(cell(values, 'CompanyNumber')),
      postCode: text('PostCode'),
      address: (cell(values, 'Address') ?? '').trim(),
      sicCodes: (cell(values, 'SicCodes') ?? '').replace(/\s+/g, ' ').trim(),
      year,
      figures,
      link,
      linkAsPublished,
      responsiblePerson: text('ResponsiblePerson'),
      employerSize: text('EmployerSize'),
      submittedLate,
      dueDate,
      dateSubmitted,
      flags,
    },
  }
}
