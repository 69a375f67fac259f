/**
 * "Report a problem with this record": the contract between the site's form
 * and the CMS endpoint that receives it, in one place. The form is a plain
 * POST (it works without JavaScript); with JavaScript it is sent with fetch
 * and answered in JSON.
 */
export const REPORTABLE_COLLECTIONS = [
  { value: 'organisations', label: 'Organisation profile' },
  { value: 'commitments', label: 'Commitment' },
  { value: 'pay-gap-reports', label: 'Pay gap report' },
  { value: 'workforce-profiles', label: 'Workforce profile' },
  { value: 'grants', label: 'Grant' },
] as const
export type ReportableCollection = (typeof REPORTABLE_COLLECTIONS)[number]['value']

/** Where the form posts, under the CMS's address. */
export const PROBLEM_REPORT_PATH = '/api/problem-reports/submit'
/** Where the site thanks someone who sent a report without JavaScript. */
export const PROBLEM_REPORT_THANKS_PATH = '/data/report-a-problem/thank-you/'

export const PROBLEM_REPORT_LIMITS = {
  messageMin: 10,
  messageMax: 2000,
  emailMax: 200,
  /** A person takes longer than this to read a record and write; a script does not. */
  minimumSecondsToFill: 3,
  /** Reports from one address in an hour, and from everyone, before the endpoint refuses more. */
  perAddressPerHour: 5,
  allPerHour: 200,
  /** More links than this in a message is spam. */
  maxLinks: 2,
} as const

/** The form's field names. `website` is the honeypot: hidden from people, filled in by bots. */
export const PROBLEM_REPORT_FIELDS = {
  /** "<collection>:<id>", so one choice names both, with or without JavaScript. */
  record: 'record',
  page: 'page',
  message: 'message',
  email: 'email',
  startedAt: 'started_at',
  honeypot: 'website',
} as const
