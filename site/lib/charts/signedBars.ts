import { scaleBand } from 'd3'
import { AXIS_TICKS, niceLinear } from './niceAxis'

/** Vertical bars for values that may be negative (pay gaps), around a zero line. Pure, for tests. */
export interface SignedBarLayout {
  width: number
  height: number
  zeroY: number
  bars: Array<{ key: string; label: string; value: number; x: number; width: number; y: number; height: number }>
  ticks: Array<{ value: number; y: number }>
  margin: { top: number; right: number; bottom: number; left: number }
}

export function signedBarLayout(
  items: ReadonlyArray<{ key: string; label: string; value: number }>,
  width = 560,
  height = 240,
): SignedBarLayout {
  const margin = { top: 16, right: 16, bottom: 36, left: 48 }
  const low = Math.min(0, ...items.map((i) => i.value))
  const high = Math.max(0, ...items.map((i) => i.value), low === 0 ? 1 : 0)
  const y = niceLinear(low, high, [height - margin.bottom, margin.top])
  const x = scaleBand<string>()
    .domain(items.map((i) => i.key))
    .range([margin.left, width - margin.right])
    .padding(0.3)
  return {
    width,
    height,
    margin,
    zeroY: y(0),
    bars: items.map((i) => ({
      key: i.key,
      label: i.label,
      value: i.value,
      x: x(i.key) ?? 0,
      width: x.bandwidth(),
      y: Math.min(y(i.value), y(0)),
      height: Math.abs(y(i.value) - y(0)),
    })),
    ticks: y.ticks(AXIS_TICKS).map((value) => ({ value, y: y(value) })),
  }
}

/**
 * Whether a signed bar chart would show anything: bars that are all zero draw
 * an empty chart on an invented axis, so the page says the figures in a
 * sentence instead.
 */
export function hasVisibleBars(items: ReadonlyArray<{ value: number }>): boolean {
  return items.some((i) => i.value !== 0)
}
