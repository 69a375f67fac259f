import { createHmac } from 'node:crypto'
import { headersWithCors, type Endpoint, type PayloadRequest } from 'payload'
import { config } from '../../../domain/config'
import { PROBLEM_REPORT_LIMITS as LIMITS, PROBLEM_REPORT_THANKS_PATH } from '../../../domain/problemReports'
import { readProblemReport } from './readProblemReport'

/**
 * POST /api/problem-reports/submit: the public form's endpoint. No account is
 * needed; abuse is held off without third-party services: a honeypot field, a
 * minimum time to fill, length and link limits, markup removed, the record
 * checked to be public, and at most a few reports an hour from one address
 * (kept as a keyed hash, never the address) and a ceiling for everyone.
 *
 * A browser without JavaScript posts the form and is sent to the site's thank-you
 * page (303); a script that asks for JSON gets JSON, with CORS for SITE_URL.
 */
const HOUR = 3_600_000

/** The client's address: the nearest proxy's entry (Next sets X-Forwarded-For to the socket address when no proxy did). */
function clientAddress(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')
  return forwarded?.split(',').at(-1)?.trim() || 'unknown'
}

const addressHash = (req: PayloadRequest) => createHmac('sha256', req.payload.secret).update(clientAddress(req)).digest('hex')

async function formOf(req: PayloadRequest): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? ''
  const body = req.text ? await req.text() : ''
  if (body.length > 20_000) return new URLSearchParams()
  if (type.includes('application/json')) {
    const parsed = JSON.parse(body || '{}') as Record<string, unknown>
    return new URLSearchParams(Object.entries(parsed).map(([k, v]) => [k, String(v ?? '')]))
  }
  return new URLSearchParams(body)
}

function answer(req: PayloadRequest, status: number, message: string, wantsJson: boolean): Response {
  if (wantsJson) return Response.json({ ok: status < 300, message }, { status, headers: headersWithCors({ headers: new Headers(), req }) })
  if (status < 300)
    return new Response(null, { status: 303, headers: { Location: new URL(PROBLEM_REPORT_THANKS_PATH, config.siteUrl).toString() } })
  // Without JavaScript the person sees this page: fixed words only, nothing they sent.
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Report not sent</title><main><h1>Your report was not sent</h1><p>${message}</p><p>Go back to the page, change the report and send it again.</p></main></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

export const submitProblemReport: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
    let form: URLSearchParams
    try {
      form = await formOf(req)
    } catch {
      return answer(req, 400, 'The report could not be read.', wantsJson)
    }
    const now = Date.now()
    const read = readProblemReport(form, now)
    // A bot that filled the hidden field is thanked like anyone, so it learns nothing; nothing is stored.
    if (read.kind === 'bot') return answer(req, 200, 'Thank you: your report has reached the curators.', wantsJson)
    if (read.kind === 'refused') return answer(req, read.status, read.message, wantsJson)

    const since = new Date(now - HOUR).toISOString()
    const hash = addressHash(req)
    const [fromAddress, fromAll] = await Promise.all([
      req.payload.count({
        collection: 'problem-reports',
        where: { addressHash: { equals: hash }, createdAt: { greater_than: since } },
        overrideAccess: true,
      }),
      req.payload.count({ collection: 'problem-reports', where: { createdAt: { greater_than: since } }, overrideAccess: true }),
    ])
    if (fromAddress.totalDocs >= LIMITS.perAddressPerHour || fromAll.totalDocs >= LIMITS.allPerHour)
      return answer(req, 429, 'Too many reports have been sent in the last hour. Please try again later.', wantsJson)

    // The record must be one the public can see; read as the public does.
    const record = await req.payload
      .findByID({ collection: read.collection, id: read.recordId, depth: 0, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!record) return answer(req, 400, 'The record this report is about is not published.', wantsJson)
    const title = String((record as { title?: unknown; name?: unknown }).title ?? (record as { name?: unknown }).name ?? read.recordId)

    await req.payload.create({
      collection: 'problem-reports',
      data: {
        collection: read.collection,
        recordId: read.recordId,
        recordTitle: title.slice(0, 300),
        page: read.page,
        message: read.message,
        email: read.email,
        status: 'open',
        addressHash: hash,
      },
      overrideAccess: true,
      context: { disableSiteRebuild: true },
    })
    return answer(req, 200, 'Thank you: your report has reached the curators, who will check the record.', wantsJson)
  },
}

/** The browser asks before a cross-origin JSON post: answer with CORS for SITE_URL. */
export const submitProblemReportPreflight: Endpoint = {
  path: '/submit',
  method: 'options',
  handler: async (req) => new Response(null, { status: 204, headers: headersWithCors({ headers: new Headers(), req }) }),
}
