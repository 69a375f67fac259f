import { bin, extent, median, scaleLinear } from 'd3'
import { AXIS_TICKS, niceLinear } from '../charts/niceAxis'

/**
 * A histogram of pay gaps with the median marked. Pure, for tests: takes the
 * gaps (percentages) and returns bins, bar geometry and the median's position.
 */
export interface DistributionLayout {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
  bars: Array<{ x0: number; x1: number; count: number; x: number; width: number; y: number; height: number }>
  median: { value: number; x: number } | undefined
  xTicks: Array<{ value: number; x: number }>
  yTicks: Array<{ value: number; y: number }>
  count: number
}

export function distributionLayout(gaps: readonly number[], width = 720, height = 320, binWidth = 5): DistributionLayout {
  const margin = { top: 24, right: 24, bottom: 44, left: 48 }
  const [low = 0, high = 0] = extent(gaps)
  // Bins on whole multiples of binWidth, always including 0 so "no gap" is on the axis.
  const start = Math.floor(Math.min(low, 0) / binWidth) * binWidth
  const end = Math.max(Math.ceil(Math.max(high, 0) / binWidth) * binWidth, start + binWidth)
  const thresholds = Array.from({ length: Math.round((end - start) / binWidth) + 1 }, (_, i) => start + i * binWidth)
  const bins = bin().domain([start, end]).thresholds(thresholds)([...gaps])
  const x = scaleLinear()
    .domain([start, end])
    .range([margin.left, width - margin.right])
  const y = niceLinear(0, Math.max(1, ...bins.map((b) => b.length)), [height - margin.bottom, margin.top])
  const mid = median(gaps)
  return {
    width,
    height,
    margin,
    count: gaps.length,
    bars: bins
      // d3 closes the last threshold with an empty bin of no width; it is not a bin anyone could fall in.
      .filter((b) => b.x0 !== undefined && b.x1 !== undefined && b.x1 > b.x0)
      .map((b) => ({
        x0: b.x0!,
        x1: b.x1!,
        count: b.length,
        x: x(b.x0!) + 1,
        width: Math.max(0, x(b.x1!) - x(b.x0!) - 2),
        y: y(b.length),
        height: y(0) - y(b.length),
      })),
    median: mid === undefined ? undefined : { value: mid, x: x(mid) },
    xTicks: x.ticks(Math.min(10, thresholds.length)).map((value) => ({ value, x: x(value) })),
    yTicks: y
      .ticks(AXIS_TICKS)
      .filter(Number.isInteger)
      .map((value) => ({ value, y: y(value) })),
  }
}
