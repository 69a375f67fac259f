import type { MeasuredValue } from '../../../domain/measured'
import { possessive } from '../payGaps/format'

/**
 * The pay quarters drawn as four 100% bars, lowest paid first: the
 * comparison group's share filled, the reference group's share the rest,
 * each labelled with its percentage (so colour is never the only cue). A
 * quarter without both shares reported is said in words, not drawn. Pure,
 * for tests; the component draws the SVG.
 */
export const QUARTER_NAMES = ['Lower', 'Lower middle', 'Upper middle', 'Upper'] as const

export interface QuarterBar {
  name: string
  comparison: number | null
  y: number
  /** width of the comparison group's share; null when not drawn */
  width: number | null
}

export interface QuartersLayout {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
  barWidth: number
  barHeight: number
  bars: QuarterBar[]
  drawn: boolean
}

export function quartersLayout(comparisonShares: readonly MeasuredValue[], width = 560): QuartersLayout {
  const margin = { top: 8, right: 56, bottom: 8, left: 120 }
  const rowHeight = 40
  const barWidth = width - margin.left - margin.right
  const bars = QUARTER_NAMES.map((name, i) => {
    const share = comparisonShares[i]
    const comparison = share?.status === 'reported' && share.value !== null ? Math.min(100, Math.max(0, share.value)) : null
    return { name, comparison, y: margin.top + i * rowHeight, width: comparison === null ? null : (barWidth * comparison) / 100 }
  })
  return {
    width,
    height: margin.top + margin.bottom + rowHeight * QUARTER_NAMES.length,
    margin,
    barWidth,
    barHeight: rowHeight - 12,
    bars,
    drawn: bars.some((b) => b.comparison !== null),
  }
}

/** "Women held 46% of the lower quarter and 38% of the upper quarter." */
export function summariseQuarters(people: string, comparisonShares: readonly MeasuredValue[]): string {
  const lower = comparisonShares[0]
  const upper = comparisonShares[3]
  const reported = (m: MeasuredValue | undefined) => m?.status === 'reported' && m.value !== null
  if (!reported(lower) || !reported(upper))
    return `${possessive(people)} share of the lower and upper quarters cannot be compared: the pay quarters were not published in full.`
  const fewer = (upper.value as number) < (lower.value as number)
  return `${people} held ${(lower.value as number).toFixed(1)}% of the lower (lowest-paid) quarter and ${(upper.value as number).toFixed(1)}% of the upper (best-paid) quarter: ${
    fewer
      ? 'a smaller share of the best-paid jobs'
      : (upper.value as number) > (lower.value as number)
        ? 'a larger share of the best-paid jobs'
        : 'the same share in both'
  }.`
}
