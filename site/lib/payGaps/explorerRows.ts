import { SECTORS, labelOf } from '../../../domain/vocabulary'
import type { PortalContent } from '../content'
import { urls } from '../urls'
import { formatMeasured } from '../../../domain/measured'
import { escapeHtml as escape } from '../escapeHtml'
import { groupsCompared } from './format'

/**
 * The pay-gap explorer's table, one row per report, as compact records: the
 * pages render a page of them at build time, and the filter island reads them
 * back from those pages (explorerRowOf) and renders them with the same markup.
 * Each row ships once, in the page that lists it; there is no second copy in
 * JSON (issue 15).
 */
export interface ExplorerRow {
  id: string
  slug: string
  name: string
  sector: string
  sectorLabel: string
  size: string
  boroughs: string[]
  groups: string
  comparisonGroup: string
  median: number | null
  mean: number | null
  medianBonus: number | null
  medianText: string
  meanText: string
  medianBonusText: string
  flags: string
}

/** Rows a page: a year of the Gender Pay Gap Service's London file is about 3,000 reports. */
export const EXPLORER_PAGE_SIZE = 250

const reported = (m: { status: string; value: number | null }) => (m.status === 'reported' ? m.value : null)

const cache = new WeakMap<PortalContent, Map<string, ExplorerRow[]>>()

/**
 * A characteristic's reports for a year, largest median gap first (reports
 * without one last). Built once per build: every page of the year asks for
 * the same rows.
 */
export function explorerRows(content: PortalContent, characteristic: string, year: number): ExplorerRow[] {
  const built = cache.get(content) ?? new Map<string, ExplorerRow[]>()
  cache.set(content, built)
  const key = `${characteristic}|${year}`
  const rows = built.get(key) ?? buildRows(content, characteristic, year)
  built.set(key, rows)
  return rows
}

function buildRows(content: PortalContent, characteristic: string, year: number): ExplorerRow[] {
  return content.payGapReports
    .filter((r) => r.characteristic === characteristic && r.year === year)
    .map((r) => {
      const o = content.organisationById.get(r.organisation)!
      return {
        id: r.id,
        slug: o.slug,
        name: o.name,
        sector: o.sector,
        sectorLabel: o.sector === 'other' && o.sectorOther ? o.sectorOther : labelOf(SECTORS, o.sector),
        size: o.sizeBand,
        boroughs: o.boroughs,
        groups: groupsCompared(r.referenceGroup, r.comparisonGroup, r.characteristic),
        comparisonGroup: r.comparisonGroup,
        median: reported(r.medianHourlyGap),
        mean: reported(r.meanHourlyGap),
        medianBonus: reported(r.medianBonusGap),
        medianText: formatMeasured(r.medianHourlyGap),
        meanText: formatMeasured(r.meanHourlyGap),
        medianBonusText: formatMeasured(r.medianBonusGap),
        flags: r.flags.map((f) => f.message).join(' '),
      }
    })
    .sort((a, b) => (b.median ?? -Infinity) - (a.median ?? -Infinity))
}

const value = (n: number | null) => (n === null ? '' : String(n))

/** One row of the table. `checked` keeps a ticked organisation ticked across pages and filters. */
export function explorerRowHtml(row: ExplorerRow, checked = false): string {
  const id = `compare-${escape(row.id)}`
  return `<tr data-sector="${escape(row.sector)}" data-size="${escape(row.size)}" data-boroughs="${escape(row.boroughs.join(' '))}"><td data-value="${escape(row.name)}"><a href="${escape(urls.organisationPayGaps(row.slug))}">${escape(row.name)}</a><br><span class="muted">${escape(row.sectorLabel)}</span></td><td data-value="${escape(row.comparisonGroup)}">${escape(row.groups)}</td><td class="number" data-value="${value(row.median)}">${escape(row.medianText)}</td><td class="number" data-value="${value(row.mean)}">${escape(row.meanText)}</td><td class="number" data-value="${value(row.medianBonus)}">${escape(row.medianBonusText)}</td><td>${row.flags ? `<span>⚠ ${escape(row.flags)}</span>` : 'No issues found'}</td><td><input type="checkbox" name="orgs" value="${escape(row.slug)}" id="${id}"${checked ? ' checked' : ''}><label for="${id}" class="visually-hidden">Compare ${escape(row.name)}</label></td></tr>`
}

export const pageCountOf = (rows: number) => Math.max(1, Math.ceil(rows / EXPLORER_PAGE_SIZE))

const numberOf = (text: string | null) => (text === null || text === '' ? null : Number(text))

/**
 * A row read back from its markup (explorerRowHtml), so the island can filter
 * and sort every report of the year from the explorer's own pages.
 */
export function explorerRowOf(tr: Element): ExplorerRow {
  const cells = [...tr.querySelectorAll(':scope > td')]
  const checkbox = tr.querySelector('input[name="orgs"]')!
  const flags = (cells[5]?.textContent ?? '').trim()
  return {
    id: (checkbox.getAttribute('id') ?? '').replace(/^compare-/, ''),
    slug: checkbox.getAttribute('value') ?? '',
    name: cells[0].getAttribute('data-value') ?? '',
    sector: tr.getAttribute('data-sector') ?? '',
    sectorLabel: cells[0].querySelector('.muted')?.textContent ?? '',
    size: tr.getAttribute('data-size') ?? '',
    boroughs: (tr.getAttribute('data-boroughs') ?? '').split(' ').filter(Boolean),
    groups: cells[1].textContent ?? '',
    comparisonGroup: cells[1].getAttribute('data-value') ?? '',
    median: numberOf(cells[2].getAttribute('data-value')),
    mean: numberOf(cells[3].getAttribute('data-value')),
    medianBonus: numberOf(cells[4].getAttribute('data-value')),
    medianText: cells[2].textContent ?? '',
    meanText: cells[3].textContent ?? '',
    medianBonusText: cells[4].textContent ?? '',
    flags: flags === 'No issues found' ? '' : flags.replace(/^⚠ /, ''),
  }
}
