import { BOROUGHS } from '../../../domain/vocabulary'
import { escapeHtml as escape } from '../escapeHtml'
import { urls } from '../urls'
import { barChartSvg } from './totalsChart'
import { AMOUNT_BANDS, sumAmount, totalsBy, type OverviewGrant, type Total } from './grantOverview'
import type { Funder } from './dashboardMeasures'

/**
 * The dashboard's overview of a set of grants as HTML: each view a heading, a
 * one-sentence summary, a chart and its data table. Rendered at build time and
 * again by the filter island, from the same code.
 */
export const money = (amount: number) => `£${Math.round(amount).toLocaleString('en-GB')}`
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
const bandLabel = (value: string) => AMOUNT_BANDS.find((b) => b.value === value)?.label ?? value
const boroughLabel = (value: string) => BOROUGHS.find((b) => b.value === value)?.label ?? value

/** A table wide enough to scroll on a phone is a labelled region a keyboard can reach (WCAG 2.1.1, axe scrollable-region-focusable). */
export const scrollingTable = (label: string, table: string) =>
  `<div class="table-scroll" role="region" aria-label="${escape(label)}" tabindex="0">${table}</div>`

interface View {
  id: string
  heading: string
  /** What a row is called in the table's first column. */
  rowHeading: string
  totals: Total[]
  label: (key: string) => string
  href?: (key: string) => string
  summary: string
}

function viewHtml(view: View): string {
  const rows = view.totals.map((t) => ({
    label: view.label(t.key),
    value: t.amount,
    text: `${money(t.amount)} (${count(t.grants, 'grant')})`,
  }))
  const tableRows = view.totals
    .map((t) => {
      const name = escape(view.label(t.key))
      const cell = view.href ? `<a href="${escape(view.href(t.key))}">${name}</a>` : name
      return `<tr><th scope="row">${cell}</th><td class="number">${t.grants.toLocaleString('en-GB')}</td><td class="number">${money(t.amount)}</td></tr>`
    })
    .join('')
  const caption = `${view.heading}: grants and amount awarded`
  return `<section class="overview-view" aria-labelledby="${view.id}-heading"><h3 id="${view.id}-heading">${escape(view.heading)}</h3><p id="${view.id}-summary">${escape(view.summary)}</p><figure class="chart" aria-labelledby="${view.id}-heading">${barChartSvg(rows, { labelledBy: `${view.id}-heading`, describedBy: `${view.id}-summary` })}</figure>${scrollingTable(caption, `<table data-pagefind-ignore><caption>${escape(caption)}</caption><thead><tr><th scope="col">${escape(view.rowHeading)}</th><th scope="col" class="number">Grants</th><th scope="col" class="number">Amount awarded</th></tr></thead><tbody>${tableRows}</tbody></table>`)}</section>`
}

/** "The most went to the programme X: £… in N grants", or "All of it …" when there is one. */
const largest = (totals: Total[], name: string, verb = 'went to') =>
  totals.length === 0
    ? ''
    : totals.length === 1
      ? `All of it ${verb} ${name}.`
      : `The most ${verb} ${name}: ${money(totals[0].amount)} in ${count(totals[0].grants, 'grant')}.`

export function overviewSummary(grants: readonly OverviewGrant[], all: number): string {
  if (grants.length === 0) return 'No grants match these filters.'
  const years = grants.map((g) => g.year)
  const funders = new Set(grants.map((g) => g.funder)).size
  const from = Math.min(...years)
  const to = Math.max(...years)
  const share = grants.length === all ? '' : ` (of ${all.toLocaleString('en-GB')} on the portal)`
  return `${count(grants.length, 'grant')}${share} worth ${money(sumAmount(grants))} from ${count(funders, 'funder')}, awarded ${from === to ? `in ${from}` : `from ${from} to ${to}`}.`
}

export function overviewHtml(grants: readonly OverviewGrant[], funders: readonly Funder[]): string {
  if (grants.length === 0) return '<p>No grants match these filters.</p>'
  const funderName = (slug: string) => funders.find((f) => f.slug === slug)?.name ?? slug
  const byYear = totalsBy(grants, 'year', 'key').reverse()
  const byFunder = totalsBy(grants, 'funder')
  const byProgramme = totalsBy(grants, 'programme')
  const byType = totalsBy(grants, 'recipientType')
  const byBand = AMOUNT_BANDS.map((b) => totalsBy(grants, 'band').find((t) => t.key === b.value)).filter((t): t is Total => Boolean(t))
  const byBorough = totalsBy(grants, 'borough')
  const known = byBorough.filter((t) => t.key)
  const unknown = byBorough.find((t) => !t.key)
  const recipients = totalsBy(grants, 'recipient').slice(0, 10)
  const peak = [...byYear].sort((a, b) => b.amount - a.amount)[0]
  const programmeLabel = (key: string) => key || 'No programme named'
  const views: View[] = [
    {
      id: 'by-year',
      heading: 'By year awarded',
      rowHeading: 'Year',
      totals: byYear,
      label: String,
      summary: `${peak.key} saw the most: ${money(peak.amount)} in ${count(peak.grants, 'grant')}.`,
    },
    {
      id: 'by-funder',
      heading: 'By funder',
      rowHeading: 'Funder',
      totals: byFunder,
      label: funderName,
      href: (k) => urls.organisation(k),
      summary: largest(byFunder, funderName(byFunder[0].key), 'came from'),
    },
    {
      id: 'by-programme',
      heading: 'By programme',
      rowHeading: 'Programme',
      totals: byProgramme,
      label: programmeLabel,
      summary: largest(byProgramme, `the programme ${programmeLabel(byProgramme[0].key)}`),
    },
    {
      id: 'by-recipient-type',
      heading: 'By kind of recipient',
      rowHeading: 'Kind of recipient',
      totals: byType,
      label: String,
      summary: largest(byType, `recipients of the kind "${byType[0].key}"`),
    },
    {
      id: 'by-amount',
      heading: 'By size of grant',
      rowHeading: 'Amount awarded',
      totals: byBand,
      label: bandLabel,
      summary: `${count([...byBand].sort((a, b) => b.grants - a.grants)[0].grants, 'grant')} of ${grants.length.toLocaleString('en-GB')} were ${bandLabel([...byBand].sort((a, b) => b.grants - a.grants)[0].key).replace(/^U/, 'u')}.`,
    },
  ]
  const boroughSentence = unknown
    ? `${count(unknown.grants, 'grant')} (${money(unknown.amount)}) name no London borough: their recipient's postcode is outside London or missing and their beneficiary location is wider than a borough (such as "London" or "UK Wide").`
    : 'Every grant names its London borough.'
  const boroughView =
    known.length > 0
      ? viewHtml({
          id: 'by-borough',
          heading: 'By London borough',
          rowHeading: 'Borough',
          totals: known,
          label: boroughLabel,
          href: (k) => urls.organisationsInBorough(k),
          summary: `${largest(known, boroughLabel(known[0].key))} ${boroughSentence}`,
        })
      : `<section class="overview-view" aria-labelledby="by-borough-heading"><h3 id="by-borough-heading">By London borough</h3><p>${escape(boroughSentence)}</p></section>`
  const recipientRows = recipients
    .map(
      (t) =>
        `<tr><th scope="row">${escape(t.key)}</th><td class="number">${t.grants.toLocaleString('en-GB')}</td><td class="number">${money(t.amount)}</td></tr>`,
    )
    .join('')
  const recipientsTable = `<section class="overview-view" aria-labelledby="largest-recipients-heading"><h3 id="largest-recipients-heading">Largest recipients</h3><p>The ${count(recipients.length, 'recipient')} given the most, with what they were given in total.</p>${scrollingTable('Largest recipients', `<table data-pagefind-ignore><caption>Largest recipients by amount awarded</caption><thead><tr><th scope="col">Recipient</th><th scope="col" class="number">Grants</th><th scope="col" class="number">Amount awarded</th></tr></thead><tbody>${recipientRows}</tbody></table>`)}</section>`
  return [...views.map(viewHtml), boroughView, recipientsTable].join('')
}

/** The first grants of the filtered set, so a filter's effect can be seen; the download holds them all. */
export function matchingGrantsTable(grants: readonly OverviewGrant[], funders: readonly Funder[], shown = 20): string {
  if (grants.length === 0) return '<p>No grants match these filters.</p>'
  const funderName = (slug: string) => funders.find((f) => f.slug === slug)?.name ?? slug
  const newest = [...grants].sort((a, b) => b.awardDate.localeCompare(a.awardDate)).slice(0, shown)
  const rows = newest
    .map(
      (g) =>
        `<tr><th scope="row"><a href="${escape(urls.grant(g.grantId))}">${escape(g.title)}</a></th><td>${escape(funderName(g.funder))}</td><td>${escape(g.recipient)}</td><td class="number">${money(g.amount)}</td><td class="number">${g.year}</td></tr>`,
    )
    .join('')
  const caption =
    grants.length > shown
      ? `The newest ${shown} of ${grants.length.toLocaleString('en-GB')} matching grants`
      : `The ${count(grants.length, 'matching grant')}`
  return scrollingTable(
    'Matching grants',
    `<table data-pagefind-ignore><caption>${escape(caption)}</caption><thead><tr><th scope="col">Grant</th><th scope="col">Funder</th><th scope="col">Recipient</th><th scope="col" class="number">Amount</th><th scope="col" class="number">Year</th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}
