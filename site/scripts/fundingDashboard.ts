import { BOROUGHS } from '../../domain/vocabulary'
import { toCsv } from '../lib/csv'
import type { DashboardData } from '../lib/funding/dashboardData'
import { shareSection, successSection } from '../lib/funding/dashboardHtml'
import { shareRows, successRows, type FundingFilters } from '../lib/funding/dashboardMeasures'
import { filterOptions } from '../lib/funding/filterOptions'
import {
  filterGrants,
  filtersFromQuery,
  GRANT_CSV_COLUMNS,
  GRANT_FILTER_KEYS,
  grantCsvRows,
  type GrantFilters,
} from '../lib/funding/grantOverview'
import { matchingGrantsTable, overviewHtml, overviewSummary } from '../lib/funding/overviewHtml'

/**
 * The funding dashboard's island: filters with counts (GrantNav's facets) by
 * year, funder, programme, kind of recipient, amount and borough, plus the DEI
 * population group, recomputing every view in the browser with the code the
 * build used. The filters live in the address (?year=2021&funder=…), so a view
 * can be shared and reopened; the filtered grants download as CSV, written by
 * the site's formula-safe CSV writer. Without JavaScript the page shows every grant.
 */
const EXTRA_KEYS = ['funderType', 'taxonomy'] as const

export function startFundingDashboard(): void {
  const form = document.querySelector<HTMLFormElement>('#funding-filters')
  const dataScript = document.querySelector('#funding-data')
  const status = document.querySelector<HTMLElement>('#funding-status')
  const download = document.querySelector<HTMLElement>('#funding-download')
  if (!form || !dataScript || !status || !download) return
  const data = JSON.parse(dataScript.textContent ?? '{}') as Omit<DashboardData, 'byFunder'>
  const set = (id: string, html: string) => {
    const element = document.getElementById(id)
    if (element) element.innerHTML = html
  }
  const funderName = (slug: string) => data.funders.find((f) => f.slug === slug)?.name ?? slug
  const boroughName = (slug: string) => BOROUGHS.find((b) => b.value === slug)?.label ?? slug
  let downloadUrl = ''

  const readForm = () => {
    const values = new FormData(form)
    const text = (name: string) => String(values.get(name) ?? '') || undefined
    const grantFilters: GrantFilters = Object.fromEntries(GRANT_FILTER_KEYS.map((k) => [k, text(k)]).filter(([, v]) => v))
    return { grantFilters, funderType: text('funderType'), taxonomy: text('taxonomy') }
  }

  /** Rebuilds each filter's choices with their counts under the other filters, keeping what is chosen. */
  const refreshChoices = (grantFilters: GrantFilters) => {
    for (const option of filterOptions(data, grantFilters)) {
      const select = form.elements.namedItem(option.key) as HTMLSelectElement | null
      if (!select) continue
      const chosen = grantFilters[option.key] ?? ''
      select.replaceChildren(new Option(option.any, ''), ...option.choices.map((c) => new Option(c.text, c.value)))
      select.value = chosen
    }
  }

  const render = () => {
    const { grantFilters, funderType, taxonomy } = readForm()
    refreshChoices(grantFilters)
    const filters: FundingFilters = {
      funderType,
      taxonomy,
      year: grantFilters.year ? Number(grantFilters.year) : undefined,
      funder: grantFilters.funder,
      programme: grantFilters.programme,
      grant: { recipientType: grantFilters.recipientType, band: grantFilters.band, borough: grantFilters.borough },
    }
    const grants = filterGrants(data.grants, grantFilters).filter(
      (g) => !funderType || data.funders.find((f) => f.slug === g.funder)?.type === funderType,
    )
    set('overview-summary', overviewSummary(grants, data.grants.length))
    set('overview', overviewHtml(grants, data.funders))
    set('matching-grants', matchingGrantsTable(grants, data.funders))
    set('share-section', shareSection(shareRows(data.grants, data.targets, data.funders, filters)))
    const successes = successRows(data.applications, data.funders, filters)
    set('success-section', successSection(successes))

    if (downloadUrl) URL.revokeObjectURL(downloadUrl)
    downloadUrl = URL.createObjectURL(
      new Blob([toCsv(GRANT_CSV_COLUMNS, grantCsvRows(grants, funderName, boroughName))], { type: 'text/csv;charset=utf-8' }),
    )
    const link = download.querySelector('a')!
    link.href = downloadUrl
    link.textContent = `Download these ${grants.length.toLocaleString('en-GB')} grant${grants.length === 1 ? '' : 's'} (CSV)`
    download.hidden = grants.length === 0
    status.textContent = `Showing ${grants.length.toLocaleString('en-GB')} of ${data.grants.length.toLocaleString('en-GB')} grants and ${successes.length} row${successes.length === 1 ? '' : 's'} of applications.`

    // The filters in the address, so the view can be shared, bookmarked and reloaded.
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries({ ...grantFilters, funderType, taxonomy })) if (value) query.set(key, value)
    const address = `${location.pathname}${query.size ? `?${query}` : ''}`
    if (address !== `${location.pathname}${location.search}`) history.replaceState(null, '', address)
  }

  const fromAddress = () => {
    const query = new URLSearchParams(location.search)
    refreshChoices(filtersFromQuery(query))
    for (const key of [...GRANT_FILTER_KEYS, ...EXTRA_KEYS]) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null
      if (select) select.value = query.get(key) ?? ''
    }
  }

  form.hidden = false
  form.addEventListener('change', render)
  form.addEventListener('reset', () =>
    setTimeout(() => {
      for (const select of form.querySelectorAll('select')) select.value = ''
      render()
    }),
  )
  fromAddress()
  render()
}
