import { scaleLinear } from 'd3-scale'
import { escapeHtml as escape } from '../escapeHtml'

/**
 * Horizontal bars, one per row, each labelled with its value in words so the
 * bar's length is never the only carrier of the figure. The axis comes from
 * the data with d3's nice() so every bar ends inside it. An SVG string, so the
 * page at build time and the filter island draw the same chart.
 */
export interface BarRow {
  label: string
  value: number
  /** The value as printed at the bar's end, e.g. "£1.2m (34 grants)". */
  text: string
}

export interface BarLayout {
  width: number
  height: number
  axisEnd: number
  bars: Array<BarRow & { x: number; y: number; length: number; barHeight: number }>
  ticks: Array<{ value: number; x: number }>
  margin: { top: number; right: number; bottom: number; left: number }
}

export function barLayout(rows: readonly BarRow[], width = 640): BarLayout {
  const rowHeight = 28
  const margin = { top: 8, right: 150, bottom: 32, left: 200 }
  const height = margin.top + margin.bottom + rowHeight * rows.length
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.value))])
    .nice(4)
    .range([margin.left, width - margin.right])
  return {
    width,
    height,
    axisEnd: x.range()[1],
    margin,
    ticks: x.ticks(4).map((value) => ({ value, x: x(value) })),
    bars: rows.map((row, i) => ({
      ...row,
      x: margin.left,
      y: margin.top + rowHeight * i + 4,
      length: x(row.value) - margin.left,
      barHeight: rowHeight - 8,
    })),
  }
}

const compact = (value: number) =>
  value >= 1_000_000
    ? `£${(value / 1_000_000).toLocaleString('en-GB')}m`
    : value >= 1000
      ? `£${(value / 1000).toLocaleString('en-GB')}k`
      : `£${value}`

export function barChartSvg(
  rows: readonly BarRow[],
  ids: { labelledBy: string; describedBy: string },
  axisLabel = 'Amount awarded',
): string {
  const layout = barLayout(rows)
  const bottom = layout.height - layout.margin.bottom
  const parts = [
    `<svg viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${ids.labelledBy}" aria-describedby="${ids.describedBy}">`,
    '<g class="axis" aria-hidden="true">',
    ...layout.ticks.map(
      (t) =>
        `<line x1="${t.x}" x2="${t.x}" y1="${layout.margin.top}" y2="${bottom}"/><text x="${t.x}" y="${bottom + 16}" text-anchor="middle">${compact(t.value)}</text>`,
    ),
    `<text x="${(layout.margin.left + layout.axisEnd) / 2}" y="${layout.height - 2}" text-anchor="middle">${escape(axisLabel)}</text>`,
    '</g><g aria-hidden="true">',
  ]
  for (const bar of layout.bars) {
    const label = bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label
    const middle = bar.y + bar.barHeight / 2
    parts.push(
      `<text class="label" x="${bar.x - 8}" y="${middle}" text-anchor="end" dominant-baseline="middle">${escape(label)}</text>`,
      `<rect class="bar" x="${bar.x}" y="${bar.y}" width="${Math.max(bar.length, 1)}" height="${bar.barHeight}"/>`,
      `<text class="label" x="${bar.x + bar.length + 6}" y="${middle}" dominant-baseline="middle">${escape(bar.text)}</text>`,
    )
  }
  parts.push('</g></svg>')
  return parts.join('')
}
