import { escapeHtml as escape } from '../escapeHtml'
import { scaleLinear } from 'd3-scale'

/**
 * Estimates with their 95% intervals as dots on lines, one row each, on a 0 to
 * 100% axis: drawn as an SVG string so the page (at build time) and the
 * dashboard's filter island (in the browser) draw the same chart. A row without
 * an estimate says so in words. Optional target marks are drawn as a labelled
 * tick, not told apart by colour alone.
 */
export interface IntervalRow {
  label: string
  /** Fractions 0-1. */
  estimate: number | null
  lower: number | null
  upper: number | null
  /** A target to mark on the row, as a fraction. */
  target?: number | null
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`

export function intervalChartSvg(
  rows: readonly IntervalRow[],
  options: { labelledBy: string; describedBy: string; width?: number },
): string {
  const width = options.width ?? 640
  const rowHeight = 34
  const margin = { top: 12, right: 80, bottom: 40, left: 230 }
  const height = margin.top + margin.bottom + rowHeight * Math.max(rows.length, 1)
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right])
  const ticks = x.ticks(5)
  const parts: string[] = [
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${options.labelledBy}" aria-describedby="${options.describedBy}">`,
    '<g class="axis" aria-hidden="true">',
    ...ticks.map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${margin.top}" y2="${height - margin.bottom}"/><text x="${x(t)}" y="${height - margin.bottom + 18}" text-anchor="middle">${percent(t)}</text>`,
    ),
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - 6}" text-anchor="middle">Share, with its 95% interval</text>`,
    '</g>',
    '<g aria-hidden="true">',
  ]
  rows.forEach((row, i) => {
    const y = margin.top + rowHeight * i + rowHeight / 2
    const label = row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label
    parts.push(`<text class="label" x="${margin.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${escape(label)}</text>`)
    if (row.estimate === null || row.lower === null || row.upper === null) {
      parts.push(`<text class="label" x="${margin.left + 4}" y="${y}" dominant-baseline="middle">no base: nobody asked or answered</text>`)
      return
    }
    parts.push(
      `<line class="interval" x1="${x(row.lower)}" x2="${x(row.upper)}" y1="${y}" y2="${y}" stroke="#0b0c0c" stroke-width="2"/>`,
      `<line x1="${x(row.lower)}" x2="${x(row.lower)}" y1="${y - 6}" y2="${y + 6}" stroke="#0b0c0c" stroke-width="2"/>`,
      `<line x1="${x(row.upper)}" x2="${x(row.upper)}" y1="${y - 6}" y2="${y + 6}" stroke="#0b0c0c" stroke-width="2"/>`,
      `<circle class="estimate" cx="${x(row.estimate)}" cy="${y}" r="6" fill="#1d4f91"/>`,
      `<text class="label" x="${width - margin.right + 8}" y="${y}" dominant-baseline="middle">${percent(row.estimate)}</text>`,
    )
    if (row.target !== null && row.target !== undefined)
      parts.push(
        `<path d="M${x(row.target)} ${y - 12} l-5 -7 h10 z" fill="#0b0c0c"/><text class="label" x="${x(row.target) + 7}" y="${y - 13}" font-size="11">target</text>`,
      )
  })
  parts.push('</g></svg>')
  return parts.join('')
}
