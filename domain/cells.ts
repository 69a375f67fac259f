/**
 * Parsing of single cells as published by others, including files re-saved by
 * spreadsheets. Each returns a value or a message saying what was expected.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string }

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i

export function parseNumber(text: string | undefined): Parsed<number | null> {
  const t = (text ?? '').trim().replace(/%$/, '')
  if (t === '') return { ok: true, value: null }
  return NUMBER.test(t) ? { ok: true, value: Number(t) } : { ok: false, expected: `a number, got "${text}"` }
}

export function parseBoolean(text: string | undefined): Parsed<boolean | null> {
  const t = (text ?? '').trim().toLowerCase()
  if (t === '') return { ok: true, value: null }
  if (['true', 'yes', '1'].includes(t)) return { ok: true, value: true }
  if (['false', 'no', '0'].includes(t)) return { ok: true, value: false }
  return { ok: false, expected: `True or False, got "${text}"` }
}

/**
 * Dates as the service writes them ("2023/04/05 00:00:00"), as spreadsheets
 * re-save them ("05/04/2023 00:00", day first as in the UK), or ISO 8601.
 * Times without a zone are taken as UTC.
 */
export function parseDateTime(text: string | undefined): Parsed<string | null> {
  const t = (text ?? '').trim()
  if (t === '') return { ok: true, value: null }
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t)
  let parts: number[] | undefined
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
    if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  }
  if (!parts) return { ok: false, expected: `a date such as 2023/04/05 00:00:00 or 05/04/2023, got "${text}"` }
  const [y, mo, d, h, mi, s] = parts
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return { ok: false, expected: `a real date, got "${text}"` }
  return { ok: true, value: date.toISOString() }
}
