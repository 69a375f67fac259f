import { escapeHtml as escape } from '../escapeHtml'
import { intervalChartSvg } from '../charts/intervalChart'
import { urls } from '../urls'
import { GROUP_LABELS, type ShareRow, type SuccessRow } from './dashboardMeasures'

/**
 * The dashboard's tables, charts and summary as HTML strings: the page renders
 * them at build time and the filter island re-renders them in the browser, so
 * both show exactly the same thing.
 */
const money = (amount: number) => `£${Math.round(amount).toLocaleString('en-GB')}`
const pct = (value: number | null, digits = 0) => (value === null ? 'no base' : `${value.toFixed(digits)}%`)
const fraction = (value: number | null) => (value === null ? '' : `${Math.round(value * 100)}%`)
const funderCell = (row: { funder: { name: string; slug: string } | null }) =>
  row.funder
    ? `<a href="${escape(urls.organisation(row.funder.slug))}">${escape(row.funder.name)}</a>`
    : '<strong>All funders (London)</strong>'
const funderLabel = (row: { funder: { name: string } | null; year: number }) => `${row.funder?.name ?? 'All funders'} ${row.year}`

export function shareSummary(rows: readonly ShareRow[]): string {
  const london = rows.find((r) => r.funder === null)
  if (!london) return 'No grants match these filters.'
  const s = london.share
  const base =
    s.base.grants === 0
      ? `none of the ${s.all.grants.toLocaleString('en-GB')} grants was asked and answered whether the recipient is led by communities facing inequity, so there is no share to report`
      : `${pct(s.shareByAmount)} of the funding (${pct(s.shareByCount)} of grants) went to equalities-led organisations, counting the ${s.base.grants.toLocaleString('en-GB')} of ${s.all.grants.toLocaleString('en-GB')} grants where the question was asked and answered`
  return `In ${london.year}, across every funder shown, ${base}. ${s.notAsked.grants.toLocaleString('en-GB')} grants (${money(s.notAsked.amount)}) were not asked and ${s.notAnswered.grants.toLocaleString('en-GB')} (${money(s.notAnswered.amount)}) not answered.`
}

export function shareTable(rows: readonly ShareRow[], caption: string): string {
  if (rows.length === 0) return '<p>No grants match these filters.</p>'
  const body = rows
    .map((r) => {
      const s = r.share
      const interval = r.byCount.lower === null ? '' : ` (${fraction(r.byCount.lower)} to ${fraction(r.byCount.upper)})`
      const target = r.target
        ? `${r.target.target}% of ${r.target.basis === 'amount' ? 'funding' : 'grants'}: ${
            r.target.met === null
              ? 'no base to measure'
              : r.target.met
                ? `met (${pct(r.target.achieved)})`
                : `not met (${pct(r.target.achieved)})`
          }`
        : 'none published'
      return `<tr><th scope="row">${funderCell(r)}</th><td class="number">${r.year}</td><td class="number">${s.all.grants.toLocaleString('en-GB')}<br><span class="muted">${money(s.all.amount)}</span></td><td class="number">${s.base.grants.toLocaleString('en-GB')}<br><span class="muted">${money(s.base.amount)}</span></td><td class="number">${s.notAsked.grants.toLocaleString('en-GB')}</td><td class="number">${s.notAnswered.grants.toLocaleString('en-GB')}</td><td class="number">${pct(s.shareByAmount)}</td><td class="number">${pct(s.shareByCount)}${interval}</td><td>${target}</td></tr>`
    })
    .join('')
  return `<div class="table-scroll" role="region" aria-label="${escape(caption)}" tabindex="0"><table data-pagefind-ignore><caption>${escape(caption)}</caption><thead><tr><th scope="col">Funder</th><th scope="col" class="number">Year</th><th scope="col" class="number">Grants (amount)</th><th scope="col" class="number">Asked and answered (the base)</th><th scope="col" class="number">Not asked</th><th scope="col" class="number">Not answered</th><th scope="col" class="number">Equalities-led, by amount</th><th scope="col" class="number">Equalities-led, by count (95% interval)</th><th scope="col">Own target</th></tr></thead><tbody>${body}</tbody></table></div>`
}

export function shareChart(rows: readonly ShareRow[], ids: { labelledBy: string; describedBy: string }): string {
  return intervalChartSvg(
    rows.slice(0, 30).map((r) => ({
      label: funderLabel(r),
      estimate: r.byCount.estimate,
      lower: r.byCount.lower,
      upper: r.byCount.upper,
      target: r.target?.basis === 'count' ? r.target.target / 100 : null,
    })),
    ids,
  )
}

export function successTable(rows: readonly SuccessRow[], caption: string): string {
  if (rows.length === 0) return '<p>No funder has published applications for these filters.</p>'
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${funderCell(r)}</th><td class="number">${r.year}</td><td>${escape(GROUP_LABELS[r.group] ?? r.group)}</td><td class="number">${r.rate.trials.toLocaleString('en-GB')}</td><td class="number">${r.rate.successes.toLocaleString('en-GB')}</td><td class="number">${r.rate.estimate === null ? 'no applications' : `${fraction(r.rate.estimate)} (${fraction(r.rate.lower)} to ${fraction(r.rate.upper)})`}</td><td>${escape(r.statement)}</td></tr>`,
    )
    .join('')
  return `<div class="table-scroll" role="region" aria-label="${escape(caption)}" tabindex="0"><table data-pagefind-ignore><caption>${escape(caption)}</caption><thead><tr><th scope="col">Funder</th><th scope="col" class="number">Year</th><th scope="col">Applicants</th><th scope="col" class="number">Received</th><th scope="col" class="number">Funded</th><th scope="col" class="number">Success rate (95% interval)</th><th scope="col">Compared with other applicants</th></tr></thead><tbody>${body}</tbody></table></div>`
}

export function successChart(rows: readonly SuccessRow[], ids: { labelledBy: string; describedBy: string }): string {
  return intervalChartSvg(
    rows.slice(0, 30).map((r) => ({
      label: `${funderLabel(r)}: ${GROUP_LABELS[r.group] ?? r.group}`,
      estimate: r.rate.estimate,
      lower: r.rate.lower,
      upper: r.rate.upper,
    })),
    ids,
  )
}

export function successSummary(rows: readonly SuccessRow[]): string {
  const userLed = rows.filter((r) => r.group === 'user-led')
  if (rows.length === 0) return 'No funder has published counts of applications for these filters.'
  if (userLed.length === 0) return 'No funder has published applications from user-led organisations for these filters.'
  const clear = userLed.filter((r) => r.againstOthers.verdict === 'higher' || r.againstOthers.verdict === 'lower')
  return `${userLed.length} funder-year${userLed.length === 1 ? '' : 's'} published applications from user-led organisations; in ${clear.length} the difference in success rate from other applicants is larger than chance would readily explain.`
}

/** What a 95% interval means, in words a member of the public reads once, beside the figures it qualifies. */
export const WILSON_IN_WORDS =
  'The range in brackets is a 95% interval. A share worked out from a few grants could easily have come out a little different, so the range shows where the true share probably lies: if the same kind of count were repeated many times, ranges made this way would contain the true figure 95 times in 100. We use the Wilson method, which stays sensible for small numbers and for shares near 0% or 100%.'

export const NEWCOMBE_IN_WORDS =
  'To say whether one kind of applicant really does better or worse than the others, we work out a 95% range for the difference between the two success rates (Newcombe’s method, built from two Wilson intervals). When that range does not include zero, the difference is larger than chance alone would readily explain; when it does, the two rates may differ only by chance.'

/** Rows where the funder asked at least one recipient the DEI question; the others are said once, in a sentence. */
const asked = (r: ShareRow) => r.share.notAsked.grants < r.share.all.grants

export function shareSection(rows: readonly ShareRow[], ids = { labelledBy: 'share-chart-heading', describedBy: 'share-summary' }): string {
  const shown = rows.filter(asked)
  const silent = rows.filter((r) => r.funder && !asked(r))
  const grantsNotAsked = silent.reduce((n, r) => n + r.share.all.grants, 0)
  const silentFunders = [...new Set(silent.map((r) => r.funder!.name))]
  const notAsked =
    silent.length === 0
      ? ''
      : `<p id="share-not-asked">${escape(
          `${grantsNotAsked.toLocaleString('en-GB')} grant${grantsNotAsked === 1 ? '' : 's'} from ${silentFunders.join(', ')} ${grantsNotAsked === 1 ? 'does' : 'do'} not record whether the recipient is led by communities facing inequity (the 360Giving DEI extension's question), so ${grantsNotAsked === 1 ? 'it is' : 'they are'} left out of these shares rather than counted as not equalities-led.`,
        )}</p>`
  if (shown.length === 0)
    return rows.length === 0
      ? '<p id="share-summary">No grants match these filters.</p>'
      : notAsked.replace('id="share-not-asked"', 'id="share-summary"')
  return `<p id="share-summary">${shareSummary(shown)}</p>${notAsked}<p class="explainer">${escape(WILSON_IN_WORDS)}</p><figure class="chart" aria-labelledby="share-chart-heading"><h3 id="share-chart-heading">Share of grants to equalities-led organisations, by funder and year</h3><div id="share-chart">${shareChart(shown, ids)}</div><figcaption>The dot is the share of grants (by count) among those asked and answered; the line is its 95% interval; a triangle marks a target set by count. Figures by amount are in the table.</figcaption></figure><div id="share-table">${shareTable(shown, 'Share of funding to equalities-led organisations, by funder and year')}</div>`
}

export function successSection(
  rows: readonly SuccessRow[],
  ids = { labelledBy: 'success-chart-heading', describedBy: 'success-summary' },
): string {
  if (rows.length === 0) return `<p id="success-summary">${successSummary(rows)}</p>`
  return `<p id="success-summary">${successSummary(rows)}</p><p class="explainer">${escape(WILSON_IN_WORDS)} ${escape(NEWCOMBE_IN_WORDS)}</p><figure class="chart" aria-labelledby="success-chart-heading"><h3 id="success-chart-heading">Success rate by kind of applicant, with 95% intervals</h3><div id="success-chart">${successChart(rows, ids)}</div></figure><div id="success-table">${successTable(rows, 'Applications received and funded, by funder, year and kind of applicant')}</div>`
}
