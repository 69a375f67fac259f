import type { DashboardData } from '../lib/funding/dashboardData'
import { shareChart, shareSummary, shareTable, successChart, successSummary, successTable } from '../lib/funding/dashboardHtml'
import { shareRows, successRows, type FundingFilters } from '../lib/funding/dashboardMeasures'

/**
 * The funding dashboard's island: filters by funder type, year, programme and
 * DEI population group, recomputing every measure in the browser with the same
 * code the build used. Without JavaScript the page shows every funder and year.
 */
export function startFundingDashboard(): void {
  const form = document.querySelector<HTMLFormElement>('#funding-filters')
  const dataScript = document.querySelector('#funding-data')
  const status = document.querySelector<HTMLElement>('#funding-status')
  if (!form || !dataScript || !status) return
  const data = JSON.parse(dataScript.textContent ?? '{}') as Omit<DashboardData, 'byFunder'>
  const set = (id: string, html: string) => {
    const element = document.getElementById(id)
    if (element) element.innerHTML = html
  }

  const render = () => {
    const values = new FormData(form)
    const text = (name: string) => String(values.get(name) ?? '') || undefined
    const filters: FundingFilters = {
      funderType: text('funderType'),
      year: text('year') ? Number(text('year')) : undefined,
      programme: text('programme'),
      taxonomy: text('taxonomy'),
    }
    const shares = shareRows(data.grants, data.targets, data.funders, filters)
    const successes = successRows(data.applications, data.funders, filters)
    set('share-summary', shareSummary(shares))
    set('share-chart', shareChart(shares, { labelledBy: 'share-chart-heading', describedBy: 'share-summary' }))
    set('share-table', shareTable(shares, 'Share of funding to equalities-led organisations, by funder and year'))
    set('success-summary', successSummary(successes))
    set('success-chart', successChart(successes, { labelledBy: 'success-chart-heading', describedBy: 'success-summary' }))
    set('success-table', successTable(successes, 'Applications received and funded, by funder, year and kind of applicant'))
    const funderYears = shares.filter((r) => r.funder).length
    status.textContent = `Showing ${funderYears} funder-year${funderYears === 1 ? '' : 's'} of grants and ${successes.length} row${successes.length === 1 ? '' : 's'} of applications.`
  }

  form.hidden = false
  form.addEventListener('change', render)
  form.addEventListener('reset', () => setTimeout(render))
  render()
}
