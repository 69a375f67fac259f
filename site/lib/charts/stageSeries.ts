import { max, scaleBand } from 'd3'
import { niceLinear } from './niceAxis'

/**
 * The data behind "steps by stage" charts: for each maturity stage in order, how
 * many commitments sit at it and how they split by status. Pure, so it is tested
 * with small synthetic inputs.
 */
export interface StageCount {
  stage: string
  label: string
  total: number
  byStatus: Record<string, number>
}

export function stageSeries(
  stages: ReadonlyArray<{ id: string; name: string; order: number }>,
  commitments: ReadonlyArray<{ step: string; status: string }>,
  stageOfStep: (step: string) => string | undefined,
): StageCount[] {
  const series = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ stage: s.id, label: s.name, total: 0, byStatus: {} as Record<string, number> }))
  const index = new Map(series.map((s) => [s.stage, s]))
  for (const c of commitments) {
    const bucket = index.get(stageOfStep(c.step) ?? '')
    if (!bucket) continue
    bucket.total += 1
    bucket.byStatus[c.status] = (bucket.byStatus[c.status] ?? 0) + 1
  }
  return series
}

export interface BarLayout {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
  bars: Array<{ key: string; label: string; value: number; x: number; y: number; width: number; height: number }>
  ticks: Array<{ value: number; x: number }>
}

/** Horizontal bars: one band per item, lengths on a linear scale from zero with whole-number ticks. */
export function horizontalBarLayout(
  items: ReadonlyArray<{ key: string; label: string; value: number }>,
  width = 640,
  rowHeight = 36,
): BarLayout {
  const margin = { top: 8, right: 48, bottom: 32, left: 300 }
  const height = margin.top + margin.bottom + rowHeight * items.length
  const maximum = Math.max(1, max(items, (i) => i.value) ?? 0)
  const tickCount = Math.min(maximum, 5)
  const x = niceLinear(0, maximum, [margin.left, width - margin.right], tickCount)
  const y = scaleBand<string>()
    .domain(items.map((i) => i.key))
    .range([margin.top, height - margin.bottom])
    .padding(0.25)
  return {
    width,
    height,
    margin,
    bars: items.map((i) => ({
      key: i.key,
      label: i.label,
      value: i.value,
      x: x(0),
      y: y(i.key) ?? 0,
      width: x(i.value) - x(0),
      height: y.bandwidth(),
    })),
    ticks: x
      .ticks(tickCount)
      .filter((t) => Number.isInteger(t))
      .map((t) => ({ value: t, x: x(t) })),
  }
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n)
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const commitments = (n: number) => (n === 1 ? 'one commitment' : `${n} commitments`)

/** "A", "B" and "C". */
function listOf(labels: readonly string[]): string {
  const quoted = labels.map((l) => `"${l}"`)
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}

/**
 * What the chart shows, for the summary and the SVG's description. Ties are
 * named as ties ("Three stages have one commitment each: ..."), never as one
 * stage holding "most (1)".
 */
export function summariseStageSeries(name: string, series: readonly StageCount[]): string {
  const total = series.reduce((sum, s) => sum + s.total, 0)
  if (total === 0) return `${name} has no published commitments yet.`
  if (total === 1) return `${name} has 1 published commitment, at the "${series.find((s) => s.total === 1)!.label}" stage.`
  const most = Math.max(...series.map((s) => s.total))
  const top = series.filter((s) => s.total === most)
  const empty = series.filter((s) => s.total === 0).length
  const none = empty > 0 ? `; ${empty} of the ${series.length} stages ${empty === 1 ? 'has' : 'have'} none` : ''
  const counted = `${name} has ${total} published commitments`
  if (most === total) return `${counted}, ${total === 2 ? 'both' : 'all'} at the "${top[0].label}" stage${none}.`
  if (top.length === 1) {
    const where =
      most > total / 2
        ? `most (${most}) are at the "${top[0].label}" stage`
        : `more are at the "${top[0].label}" stage (${most}) than at any other`
    return `${counted}; ${where}${none}.`
  }
  return `${counted}. ${capitalise(inWords(top.length))} stages have ${commitments(most)} each: ${listOf(top.map((s) => s.label))}${none}.`
}
