import {
  PROBLEM_REPORT_FIELDS as F,
  PROBLEM_REPORT_LIMITS as LIMITS,
  REPORTABLE_COLLECTIONS,
  type ReportableCollection,
} from '../../../domain/problemReports'

/**
 * A report from the public form, checked before anything is stored. Every
 * refusal says what was wrong in words a person can act on. Markup is taken
 * out of the message, so no HTML is ever stored (and the admin renders text).
 */
export type ReadReport =
  | {
      kind: 'report'
      collection: ReportableCollection
      recordId: string
      page: string | undefined
      message: string
      email: string | undefined
    }
  | { kind: 'bot' }
  | { kind: 'refused'; status: number; message: string }

const text = (form: URLSearchParams, name: string) => (form.get(name) ?? '').trim()

/** Control characters other than line breaks and tabs are dropped; tags and their contents' brackets go. */
export function plainText(input: string): string {
  return input
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

export function readProblemReport(form: URLSearchParams, now: number): ReadReport {
  if (text(form, F.honeypot) !== '') return { kind: 'bot' }
  const started = Number(text(form, F.startedAt))
  if (!Number.isFinite(started) || now - started < LIMITS.minimumSecondsToFill * 1000)
    return { kind: 'refused', status: 400, message: 'That was sent too quickly to be a person. Please wait a moment and send it again.' }
  const [collection, recordId = ''] = text(form, F.record).split(':')
  if (!REPORTABLE_COLLECTIONS.some((c) => c.value === collection) || !/^[A-Za-z0-9_-]{1,64}$/.test(recordId))
    return { kind: 'refused', status: 400, message: 'The report does not say which record it is about.' }
  const message = plainText(text(form, F.message))
  if (message.length < LIMITS.messageMin)
    return { kind: 'refused', status: 400, message: `Please say what is wrong, in at least ${LIMITS.messageMin} characters.` }
  if (message.length > LIMITS.messageMax)
    return {
      kind: 'refused',
      status: 400,
      message: `Please keep the report to ${LIMITS.messageMax} characters (it has ${message.length}).`,
    }
  if ((message.match(/https?:\/\//gi) ?? []).length > LIMITS.maxLinks)
    return { kind: 'refused', status: 400, message: `Please include at most ${LIMITS.maxLinks} links.` }
  const email = text(form, F.email)
  if (email && (email.length > LIMITS.emailMax || !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)))
    return { kind: 'refused', status: 400, message: 'That email address does not look right; leave it empty if you do not want a reply.' }
  const page = text(form, F.page)
  return {
    kind: 'report',
    collection: collection as ReportableCollection,
    recordId,
    page: /^\/[A-Za-z0-9/_.~%-]{0,300}$/.test(page) ? page : undefined,
    message,
    email: email || undefined,
  }
}
