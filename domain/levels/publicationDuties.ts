/**
 * The Public Sector Equality Duty's publication rules as London Councils
 * states them (004_...): public bodies publish equality information at least
 * annually, first by 31 January 2012, and equality objectives at least every
 * four years, first by 6 April 2012. The status is computed from the dates an
 * organisation's publications carry and "today", which the caller supplies
 * (the build's date; a test's own).
 *
 * Equality information runs in cycles ending on 31 January: the cycle that
 * includes today ends on the next 31 January (today itself, on 31 January). A
 * publication dated in the current cycle is "published"; one in the previous
 * cycle met the last deadline, so the next is "due" by the cycle's end; older
 * than that, the last deadline passed without one: "overdue".
 */

/** Which PSED publication a record is. */
export const PSED_PUBLICATION_KINDS = [
  { value: 'equality-information', label: 'Equality information (annual)' },
  { value: 'equality-objectives', label: 'Equality objectives (at least every four years)' },
] as const

export type PsedPublicationKind = (typeof PSED_PUBLICATION_KINDS)[number]['value']

/**
 * Sectors whose organisations are public bodies under the duty. Education is
 * public only in part (universities, maintained schools): an organisation of
 * any other sector counts once a publication is recorded for it.
 */
export const PSED_SECTORS = ['local-government', 'gla-group', 'health'] as const

export type InformationStatus = 'published' | 'due' | 'overdue' | 'not-recorded'
export type ObjectivesStatus = 'current' | 'out-of-date' | 'not-recorded'

export interface InformationDuty {
  status: InformationStatus
  /** The latest publication on or before today (ISO date), if any. */
  latest: string | null
  /** The deadline of the current cycle: the next 31 January (ISO date). */
  dueBy: string
}

export interface ObjectivesDuty {
  status: ObjectivesStatus
  latest: string | null
  /** Four years after the latest objectives: when new ones are due (ISO date); null without any. */
  dueBy: string | null
}

/** The calendar date (UTC) of an ISO date or date-time, as YYYY-MM-DD. */
const day = (iso: string) => iso.slice(0, 10)
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** The end of the 31 January cycle that includes `today`. */
export function currentDeadline(today: Date): string {
  const t = isoDay(today)
  const year = Number(t.slice(0, 4))
  const thisYears = `${year}-01-31`
  return t <= thisYears ? thisYears : `${year + 1}-01-31`
}

function latestOnOrBefore(dates: readonly string[], today: string): string | null {
  const past = dates.map(day).filter((d) => d <= today)
  return past.length === 0 ? null : past.reduce((a, b) => (a > b ? a : b))
}

export function informationDuty(publishedOn: readonly string[], today: Date): InformationDuty {
  const t = isoDay(today)
  const dueBy = currentDeadline(today)
  const latest = latestOnOrBefore(publishedOn, t)
  const deadlineYear = Number(dueBy.slice(0, 4))
  const previous = `${deadlineYear - 1}-01-31`
  const beforePrevious = `${deadlineYear - 2}-01-31`
  if (latest === null) return { status: 'not-recorded', latest, dueBy }
  if (latest > previous) return { status: 'published', latest, dueBy }
  if (latest > beforePrevious) return { status: 'due', latest, dueBy }
  return { status: 'overdue', latest, dueBy }
}

/** Four calendar years after an ISO date; 29 February becomes 28 February in a year without one. */
export function fourYearsAfter(iso: string): string {
  const [y, m, d] = day(iso).split('-').map(Number)
  const date = new Date(Date.UTC(y + 4, m - 1, d))
  // Date.UTC rolls 29 February into March in a common year.
  return date.getUTCMonth() === m - 1 ? isoDay(date) : isoDay(new Date(Date.UTC(y + 4, m - 1, 28)))
}

/** Objectives are current until four years after their publication, that day included. */
export function objectivesDuty(publishedOn: readonly string[], today: Date): ObjectivesDuty {
  const t = isoDay(today)
  const latest = latestOnOrBefore(publishedOn, t)
  if (latest === null) return { status: 'not-recorded', latest, dueBy: null }
  const dueBy = fourYearsAfter(latest)
  return { status: t <= dueBy ? 'current' : 'out-of-date', latest, dueBy }
}

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The information duty in words. */
export function describeInformationDuty(duty: InformationDuty): string {
  switch (duty.status) {
    case 'published':
      return `Published for this year (${longDate(duty.latest!)}); the next is due by ${longDate(duty.dueBy)}.`
    case 'due':
      return `Last published ${longDate(duty.latest!)}; this year’s is due by ${longDate(duty.dueBy)}.`
    case 'overdue':
      return `Overdue: last published ${longDate(duty.latest!)}, and the deadline of ${longDate(`${Number(duty.dueBy.slice(0, 4)) - 1}-01-31`)} passed without a new publication.`
    case 'not-recorded':
      return `No publication recorded on the portal; this year’s is due by ${longDate(duty.dueBy)}.`
  }
}

/** The objectives duty in words. */
export function describeObjectivesDuty(duty: ObjectivesDuty): string {
  switch (duty.status) {
    case 'current':
      return `Published ${longDate(duty.latest!)}; new objectives are due by ${longDate(duty.dueBy!)}.`
    case 'out-of-date':
      return `Older than four years: published ${longDate(duty.latest!)}, new objectives were due by ${longDate(duty.dueBy!)}.`
    case 'not-recorded':
      return 'No equality objectives recorded on the portal.'
  }
}
