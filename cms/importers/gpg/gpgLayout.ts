import { ImportFileError } from '../problems'

/**
 * The Gender Pay Gap Service's download layouts. All share the 23 columns of the
 * first years; later years add EmployerId and PostCode (25), then DueDate and
 * DateSubmitted (27). Column order varies, so cells are read by name.
 */
export const CORE_COLUMNS = [
  'EmployerName',
  'Address',
  'CompanyNumber',
  'SicCodes',
  'DiffMeanHourlyPercent',
  'DiffMedianHourlyPercent',
  'DiffMeanBonusPercent',
  'DiffMedianBonusPercent',
  'MaleBonusPercent',
  'FemaleBonusPercent',
  'MaleLowerQuartile',
  'FemaleLowerQuartile',
  'MaleLowerMiddleQuartile',
  'FemaleLowerMiddleQuartile',
  'MaleUpperMiddleQuartile',
  'FemaleUpperMiddleQuartile',
  'MaleTopQuartile',
  'FemaleTopQuartile',
  'CompanyLinkToGPGInfo',
  'ResponsiblePerson',
  'EmployerSize',
  'CurrentName',
  'SubmittedAfterTheDeadline',
] as const
export const OPTIONAL_COLUMNS = ['EmployerId', 'PostCode', 'DueDate', 'DateSubmitted'] as const

export type GpgColumn = (typeof CORE_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number]

/** Checks a header, naming any missing column; returns the layout's column count. */
export function checkGpgHeader(file: string, names: string[]): number {
  const present = new Set(names.map((n) => n.toLowerCase()))
  const missing = CORE_COLUMNS.filter((c) => !present.has(c.toLowerCase()))
  if (missing.length > 0) {
    throw new ImportFileError({
      file,
      row: 0,
      column: missing.join(', '),
      message: `the header lacks ${missing.length === 1 ? 'this column' : 'these columns'} of the Gender Pay Gap Service layout; expected ${CORE_COLUMNS.join(', ')} (and, in later years, ${OPTIONAL_COLUMNS.join(', ')}).`,
    })
  }
  return names.length
}

/** Reads a cell by column name, ignoring the case of the header. */
export function cell(values: Record<string, string>, column: GpgColumn): string | undefined {
  if (column in values) return values[column]
  const key = Object.keys(values).find((k) => k.toLowerCase() === column.toLowerCase())
  return key === undefined ? undefined : values[key]
}
