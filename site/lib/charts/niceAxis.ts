import { scaleLinear, type ScaleLinear } from 'd3'

/**
 * A linear axis whose domain comes from the data and is extended to the same
 * round steps its ticks use, so the top gridline is at or above the largest
 * value. d3's `nice()` and `ticks()` each choose a step from a tick count;
 * given different counts (nice's default is 10) the domain could end at 650
 * while the ticks stopped at 600, leaving the tallest bar above the last
 * gridline. One count for both keeps every bar inside its axis.
 */
export const AXIS_TICKS = 5

export function niceLinear(low: number, high: number, range: [number, number], ticks = AXIS_TICKS): ScaleLinear<number, number> {
  return scaleLinear().domain([low, high]).nice(ticks).range(range)
}
