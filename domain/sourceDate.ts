/**
 * The date a source gives for what it states, with the precision it gives:
 * "since 2021" is a year, "in July 2022" a month. Kept as a partial ISO date
 * (2021, 2022-07, 2023-03-31) so that nothing more precise than the source is
 * invented, and shown in words. A record's history shows this date, or says the
 * source gives none, and separately when the portal recorded it.
 */
export type SourceDateKind = 'since' | 'as-of'

export interface SourceDate {
  /** 2021, 2022-07 or 2023-03-31. */
  date: string
  /** "since": the state began then; "as-of": the source reported it then. */
  kind: SourceDateKind
  /** The source's own words for the date. */
  quote?: string | null
}

export const PARTIAL_ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

export function validatePartialDate(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && PARTIAL_ISO_DATE.test(value)
    ? true
    : 'Expected a year, year and month, or a day: 2021, 2022-07 or 2023-03-31.'
}

/** "2021", "July 2022", "31 March 2023". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!month) return String(year)
  const at = new Date(Date.UTC(year, month - 1, day || 1))
  return at.toLocaleDateString('en-GB', { timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}), month: 'long', year: 'numeric' })
}

/** The history's words for a source date: "since 2021 (the source’s date)", or that the source gives none. */
export function describeSourceDate(stated: SourceDate | null | undefined): string {
  if (!stated?.date) return 'date not stated in the source'
  const when = formatPartialDate(stated.date)
  return stated.kind === 'since' ? `since ${when}, as the source says` : `as of ${when}, when the source reported it`
}
