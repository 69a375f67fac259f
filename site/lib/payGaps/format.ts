import { VALUE_STATUSES, labelOf } from '../../../cms/vocabulary'

export interface Measured {
  value: number | null
  status: string
  symbol: string | null
}

/** A figure for people: "12.3%", or why there is none ("Withheld (<5)"), never a bare blank or 0. */
export function formatMeasured(m: Measured, unit = '%'): string {
  if (m.status === 'reported' && m.value !== null) return `${Number(m.value.toFixed(1)).toLocaleString('en-GB')}${unit}`
  const label = labelOf(VALUE_STATUSES, m.status)
  return m.symbol ? `${label} (${m.symbol})` : label
}

/**
 * The plain-language reading of a pay gap: "for every £1 men earn, women earn
 * 88p". A negative gap means the comparison group earns more than £1.
 */
export function perPound(gapPercent: number, reference: string, comparison: string): string {
  const pence = Math.round(100 - gapPercent)
  const amount = pence === 100 ? '£1' : pence > 100 ? `£${(pence / 100).toFixed(2)}` : `${pence}p`
  return `for every £1 ${reference.toLowerCase()} earn, ${comparison.toLowerCase()} earn ${amount}`
}
