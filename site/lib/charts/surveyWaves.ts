import { scaleLinear, scalePoint } from 'd3-scale'
import { escapeHtml as escape } from '../escapeHtml'
import type { MeasureSeries } from '../levels/series'

/**
 * A measure's series over time, one line per group, each point with its 95%
 * interval drawn as a vertical bar: as an SVG string, drawn at build time.
 * Groups differ by marker shape and dash as well as colour, and each line is
 * labelled with its group at its last point, so colour never carries the
 * meaning alone. The figures themselves are in the table beside the chart.
 */
const STYLES = [
  { colour: '#1d4f91', dash: '', marker: 'circle' },
  { colour: '#b2420b', dash: '6 4', marker: 'square' },
  { colour: '#3b6e22', dash: '2 3', marker: 'triangle' },
  { colour: '#6c2e8a', dash: '10 3 2 3', marker: 'diamond' },
] as const

function marker(kind: (typeof STYLES)[number]['marker'], x: number, y: number, colour: string): string {
  switch (kind) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="5" fill="${colour}"/>`
    case 'square':
      return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${colour}"/>`
    case 'triangle':
      return `<path d="M${x} ${y - 6} l6 11 h-12 z" fill="${colour}"/>`
    case 'diamond':
      return `<path d="M${x} ${y - 7} l7 7 l-7 7 l-7 -7 z" fill="${colour}"/>`
  }
}

const formatValue = (value: number, unit: MeasureSeries['unit']) =>
  unit === 'percent' ? `${Math.round(value)}%` : unit === 'pounds' ? `£${value.toLocaleString('en-GB')}` : value.toLocaleString('en-GB')

export function surveyWavesSvg(series: MeasureSeries, options: { labelledBy: string; describedBy: string }): string {
  const width = 640
  const height = 300
  const margin = { top: 16, right: 150, bottom: 44, left: 52 }
  const periods = [...new Map(series.groups.flatMap((g) => g.points).map((p) => [p.figure.period, p.figure.date])).entries()]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([period]) => period)
  const x = scalePoint<string>()
    .domain(periods)
    .range([margin.left, width - margin.right])
    .padding(0.5)
  const values = series.groups.flatMap((g) => g.points.flatMap((p) => [p.figure.value, ...(p.interval ? [p.interval.upper * 100] : [])]))
  const top = series.unit === 'percent' ? 100 : Math.max(1, ...values)
  const y = scaleLinear()
    .domain([0, top])
    .range([height - margin.bottom, margin.top])
    .nice()
  const parts = [
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${options.labelledBy}" aria-describedby="${options.describedBy}">`,
    '<g class="axis" aria-hidden="true">',
    ...y
      .ticks(5)
      .map(
        (t) =>
          `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(t)}" y2="${y(t)}" stroke="#d0d0d0"/><text x="${margin.left - 6}" y="${y(t)}" text-anchor="end" dominant-baseline="middle">${escape(formatValue(t, series.unit))}</text>`,
      ),
    ...periods.map(
      (p) =>
        `<text x="${x(p)}" y="${height - margin.bottom + 18}" text-anchor="middle">${escape(p.length > 18 ? `${p.slice(0, 17)}…` : p)}</text>`,
    ),
    '</g>',
    '<g aria-hidden="true">',
  ]
  const labels: Array<{ text: string; y: number }> = []
  series.groups.forEach((group, i) => {
    const style = STYLES[i % STYLES.length]
    const points = group.points.map((p) => ({ p, cx: x(p.figure.period) ?? 0, cy: y(p.figure.value) }))
    if (points.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} points="${points.map((q) => `${q.cx},${q.cy}`).join(' ')}"/>`,
      )
    for (const { p, cx, cy } of points) {
      if (p.interval)
        parts.push(
          `<line class="interval" x1="${cx}" x2="${cx}" y1="${y(p.interval.lower * 100)}" y2="${y(p.interval.upper * 100)}" stroke="${style.colour}" stroke-width="2"/>`,
          `<line x1="${cx - 5}" x2="${cx + 5}" y1="${y(p.interval.lower * 100)}" y2="${y(p.interval.lower * 100)}" stroke="${style.colour}" stroke-width="2"/>`,
          `<line x1="${cx - 5}" x2="${cx + 5}" y1="${y(p.interval.upper * 100)}" y2="${y(p.interval.upper * 100)}" stroke="${style.colour}" stroke-width="2"/>`,
        )
      parts.push(marker(style.marker, cx, cy, style.colour))
    }
    const last = points.at(-1)
    if (last) labels.push({ text: group.group.length > 22 ? `${group.group.slice(0, 21)}…` : group.group, y: last.cy })
  })
  // Labels at the right, moved apart where two lines end close together, so none hides another.
  labels.sort((a, b) => a.y - b.y)
  for (let i = 1; i < labels.length; i++) labels[i].y = Math.max(labels[i].y, labels[i - 1].y + 16)
  for (const label of labels)
    parts.push(
      `<text class="label" x="${width - margin.right + 10}" y="${label.y}" dominant-baseline="middle">${escape(label.text)}</text>`,
    )
  parts.push('</g></svg>')
  return parts.join('')
}
