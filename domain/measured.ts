import { labelOf, valuesOf, type Term } from './vocabulary'

/**
 * A published figure that may be withheld: the idea behind every pay gap and
 * workforce count on the portal, defined once for the CMS, the importers, the
 * site, the datasets and the browser scripts.
 *
 * A withheld figure is never stored or shown as 0: its value is empty, its
 * status says why, and its symbol is kept as the publisher printed it ("<5",
 * "N/A", "u"). A blank cell is a figure that was not reported.
 */
export const VALUE_STATUSES = [
  { value: 'reported', label: 'Reported' },
  {
    value: 'withheld',
    label: 'Withheld',
    description: 'Withheld by the publisher, usually because the group is too small to publish without identifying people.',
  },
  {
    value: 'not-applicable',
    label: 'Not applicable',
    description: 'Does not apply, e.g. a bonus gap where nobody in one group received a bonus.',
  },
  { value: 'not-reported', label: 'Not reported', description: 'The publisher left the figure blank.' },
] as const satisfies readonly Term[]

export type ValueStatus = (typeof VALUE_STATUSES)[number]['value']

/** The statuses as a tuple, for closed enums (zod, Table Schema). */
export const VALUE_STATUS_VALUES = valuesOf(VALUE_STATUSES) as [ValueStatus, ...ValueStatus[]]

export interface MeasuredValue {
  value: number | null
  status: ValueStatus
  symbol: string | null
}

/** The figure a publisher left out. A function, so no caller can share and mutate one object. */
export const notReported = (): MeasuredValue => ({ value: null, status: 'not-reported', symbol: null })

/** A number the publisher gave, or (when `value` is null) a figure left blank, as `blankStatus` says. */
export function measuredOf(value: number | null, blankStatus: 'not-reported' | 'not-applicable' = 'not-reported'): MeasuredValue {
  return value === null ? { value: null, status: blankStatus, symbol: null } : { value, status: 'reported', symbol: null }
}

/** The number when it was reported; null otherwise (a withheld figure is never a number). */
export function reportedNumber(m: { value?: number | null; status?: string | null } | null | undefined): number | null {
  return m?.status === 'reported' && typeof m.value === 'number' ? m.value : null
}

/** The symbols the portal reads, with what each means (shown in the site's legend and the templates' schemas). */
export const WITHHELD_SYMBOLS: Record<string, { status: ValueStatus; meaning: string }> = {
  '<5': { status: 'withheld', meaning: 'fewer than five people, withheld so that nobody can be identified' },
  '>5': { status: 'withheld', meaning: 'withheld so that a suppressed figure cannot be worked out from the others' },
  c: { status: 'withheld', meaning: 'confidential, withheld for disclosure control' },
  u: { status: 'withheld', meaning: 'unreliable: too few people for the figure to mean much' },
  'N/A': { status: 'not-applicable', meaning: 'not applicable, e.g. nobody in the group' },
}

/** A published cell as a measured value; `scale` turns fractions (0.0614) into percentages (6.14). */
export function cellValue(raw: string, scale = 1): MeasuredValue | { problem: string } {
  const t = raw.trim()
  if (t === '') return notReported()
  const symbol = WITHHELD_SYMBOLS[t]
  if (symbol) return { value: null, status: symbol.status, symbol: t }
  const n = Number(t)
  if (t.startsWith('0x') || !Number.isFinite(n))
    return { problem: `expected a number or one of the symbols ${Object.keys(WITHHELD_SYMBOLS).join(', ')}, got "${raw}"` }
  // Four decimal places of a percentage is finer than any published figure and drops float noise.
  return { value: Number((n * scale).toFixed(4)), status: 'reported', symbol: null }
}

/** A figure for people: "12.3%", or why there is none ("Withheld (<5)"), never a bare blank or 0. */
export function formatMeasured(m: { value: number | null; status: string; symbol: string | null }, unit = '%'): string {
  if (m.status === 'reported' && m.value !== null) return `${Number(m.value.toFixed(1)).toLocaleString('en-GB')}${unit}`
  const label = labelOf(VALUE_STATUSES, m.status)
  return m.symbol ? `${label} (${m.symbol})` : label
}
