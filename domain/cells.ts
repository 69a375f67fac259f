import { tz } from '@date-fns/tz'
import { isValid, parse } from 'date-fns'

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
 * Dates as the Gender Pay Gap Service writes them ("2023/04/05 00:00:00"), as
 * spreadsheets re-save them ("05/04/2023 00:00", "05-04-2025 00:00",
 * "5.4.2023"), or ISO 8601 ("2023-04-05", "2023-04-05T00:00:00Z"): separators
 * `/`, `-` or `.`, with or without a time, with or without seconds. A date
 * that does not start with its year is read day first, as the service is
 * British. Refused, saying why: a date that does not exist (31/02/2023), and
 * a two-digit year (05/04/25), which could be any century. Times without a
 * zone are taken as UTC. The layout is recognised here; date-fns reads it,
 * checking the calendar.
 */
const DATE_TIME =
  /^(?<date>(?<a>\d{1,4})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<c>\d{1,4}))(?:(?<t>[ T])(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?<ms>\.\d{1,3})?)?)?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$/

const UTC = tz('UTC')

export function parseDateTime(text: string | undefined): Parsed<string | null> {
  const t = (text ?? '').trim().replace(/\s+/g, ' ')
  if (t === '') return { ok: true, value: null }
  const m = DATE_TIME.exec(t)?.groups
  if (!m || (m.t === 'T' && m.a.length !== 4))
    return { ok: false, expected: `a date such as 2023/04/05 00:00:00, 05/04/2023 or 05-04-2023 00:00, got "${text}"` }
  const yearFirst = m.a.length === 4 && m.c.length <= 2
  const yearLast = m.c.length === 4 && m.a.length <= 2
  if (!yearFirst && !yearLast)
    return {
      ok: false,
      expected: `a date with its year in full (such as 05/04/2023), got "${text}"${m.a.length === 2 && m.c.length === 2 ? ', whose two-digit year could be any century' : ''}`,
    }
  const s = m.sep
  const layout = [
    yearFirst ? `yyyy${s}M${s}d` : `d${s}M${s}yyyy`,
    m.h === undefined ? '' : `'${m.t}'H:mm${m.s === undefined ? '' : ':ss'}${m.ms === undefined ? '' : '.S'.padEnd(m.ms.length, 'S')}`,
    m.zone === undefined ? '' : m.zone === 'Z' || m.zone.includes(':') ? 'XXX' : m.zone.length === 3 ? 'X' : 'XX',
  ].join('')
  const date = parse(t, layout, new Date(0), { in: UTC })
  if (!isValid(date)) {
    const notAMonth = yearLast && Number(m.b) > 12 && Number(m.a) <= 12
    return {
      ok: false,
      expected: notAMonth
        ? `a real date, read day first (day, month, year), got "${text}": ${Number(m.b)} is not a month`
        : `a real date, got "${text}"`,
    }
  }
  return { ok: true, value: new Date(date.getTime()).toISOString() }
}
