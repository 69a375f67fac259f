import { max, scaleBand, scaleLinear } from 'd3'

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
  const x = scaleLinear()
    .domain([0, maximum])
    .range([margin.left, width - margin.right])
    .nice()
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
      .ticks(Math.min(maximum, 5))
      .filter((t) => Number.isInteger(t))
      .map((t) => ({ value: t, x: x(t) })),
  }
}

/** One sentence that says what the chart shows, for the summary and the SVG's description. */
export function summariseStageSeries(name: string, series: readonly StageCount[]): string {
  const total = series.reduce((sum, s) => sum + s.total, 0)
  if (total === 0) return `${name} has no published commitments yet.`
  const top = [...series].sort((a, b) => b.total - a.total)[0]
  const empty = series.filter((s) => s.total === 0).length
  if (total === 1) return `${name} has 1 published commitment, at the "${top.label}" stage.`
  return (
    `${name} has ${total} published commitment${total === 1 ? '' : 's'}; most (${top.total}) are at the "${top.label}" stage` +
    (empty > 0 ? `, and ${empty} of the 5 stages ${empty === 1 ? 'has' : 'have'} none.` : '.')
  )
}
