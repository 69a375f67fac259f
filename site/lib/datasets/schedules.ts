import type { Row, UpdateSchedule } from './types'

/** The next occurrence of a day of the year (month 1-12) after `now`, as an ISO date. */
export function nextAnnualDate(now: Date, month: number, day: number): string {
  const thisYear = new Date(Date.UTC(now.getUTCFullYear(), month - 1, day))
  const next = thisYear.getTime() > now.getTime() ? thisYear : new Date(Date.UTC(now.getUTCFullYear() + 1, month - 1, day))
  return next.toISOString().slice(0, 10)
}

const textOf = (value: Row[string]) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined)

/** The first and last value of a column that holds years or ISO dates, compared as text (ISO sorts as it reads). */
export function spanOf(field: string, length: number) {
  return (rows: readonly Row[]): { start: string; end: string } | undefined => {
    let start: string | undefined
    let end: string | undefined
    for (const row of rows) {
      const value = textOf(row[field])?.slice(0, length)
      if (!value) continue
      if (!start || value < start) start = value
      if (!end || value > end) end = value
    }
    return start && end ? { start, end } : undefined
  }
}

/** Records curators publish: each publish rebuilds the site, and a changed dataset gets a release. */
export const CURATED_UPDATES: UpdateSchedule = {
  frequency: 'CONT',
  description: 'Continuously: a new release follows whenever a curator publishes a change (at most one per site build).',
}

/**
 * Gender pay gaps: public bodies report by 30 March and other employers by 4
 * April each year (snapshot dates 31 March and 5 April); the service's download
 * is imported after the deadline.
 */
export const PAY_GAP_UPDATES: UpdateSchedule = {
  frequency: 'ANNUAL',
  description:
    'Yearly, after the Gender Pay Gap Service’s reporting deadline (30 March for public bodies, 4 April for other employers); ethnicity and disability gaps as organisations publish them.',
  nextDue: (now) => nextAnnualDate(now, 4, 4),
}

/** Data the portal republishes when its publishers publish, with no timetable of their own. */
export const AS_PUBLISHED_UPDATES = (what: string): UpdateSchedule => ({
  frequency: 'IRREG',
  description: `When ${what} publish new data: the portal imports it and makes a release if anything changed.`,
})
