import { formatMeasured } from '../../domain/measured'
import { reportingYearLabel } from '../../domain/reportingYear'
import { toCsv } from '../lib/csv'
import { groupAsPeople, groupsCompared, possessive } from '../lib/payGaps/format'
import type { CompareEntry, CompareReport, Figure } from '../lib/payGaps/compareIndex'
import { urls } from '../lib/urls'

/**
 * The compare basket: reads the selection from the address (?orgs=a&orgs=b, as
 * the explorer's form sends it, or ?orgs=a,b), shows the organisations side by
 * side for one characteristic and year, lets the reader remove any, and offers
 * the selection as a CSV made in the browser with the same formula-safe writer
 * as the published datasets. Rows are labelled in the groups' own words
 * ("Women’s share of the lower quarter"), and the CSV holds every figure the
 * page shows, its year written as the page writes it (2022-23). After Remove,
 * focus goes to the next Remove button, or the page heading when none is left.
 */
const MEASURES = ['Median hourly pay gap', 'Mean hourly pay gap', 'Median bonus gap', 'Mean bonus gap']
const QUARTERS = ['lower', 'lower middle', 'upper middle', 'upper']
const QUARTER_COLUMNS = ['lower_quarter', 'lower_middle_quarter', 'upper_middle_quarter', 'upper_quarter']

const show = ([value, status, symbol]: Figure): string => formatMeasured({ value, status, symbol })

function selectedSlugs(): string[] {
  const params = new URLSearchParams(location.search)
  return [
    ...new Set(
      params
        .getAll('orgs')
        .flatMap((v) => v.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
}

function cell(tag: 'th' | 'td', text: string, scope?: string): HTMLTableCellElement {
  const c = document.createElement(tag)
  c.textContent = text
  if (scope) c.scope = scope
  return c
}

export async function startCompare(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-controls')
  const status = document.querySelector<HTMLElement>('#compare-status')
  const result = document.querySelector<HTMLElement>('#compare-result')
  const download = document.querySelector<HTMLElement>('#compare-download')
  const heading = document.querySelector<HTMLElement>('h1')
  if (!form || !status || !result || !download) return
  // Each organisation's reports are fetched once, when first selected; a slug with no file is "not found".
  const bySlug = new Map<string, CompareEntry>()
  const fetched = new Map<string, Promise<void>>()
  const fetchEntries = (slugs: string[]) =>
    Promise.all(
      slugs.map((slug) => {
        if (!fetched.has(slug))
          fetched.set(
            slug,
            fetch(urls.payGapCompareEntry(slug))
              .then(async (r) => {
                if (r.ok) bySlug.set(slug, (await r.json()) as CompareEntry)
              })
              .catch(() => undefined),
          )
        return fetched.get(slug)
      }),
    )
  await fetchEntries(selectedSlugs())
  const characteristic = form.querySelector<HTMLSelectElement>('#compare-characteristic')!
  const yearSelect = form.querySelector<HTMLSelectElement>('#compare-year')!

  const render = () => {
    const slugs = selectedSlugs()
    const chosen = slugs.map((s) => bySlug.get(s)).filter((e): e is CompareEntry => Boolean(e))
    const unknown = slugs.filter((s) => !bySlug.has(s))
    const years = [...new Set(chosen.flatMap((e) => e.r.filter((r) => r.c === characteristic.value).map((r) => r.y)))].sort((a, b) => b - a)
    const keep = Number(yearSelect.value)
    yearSelect.replaceChildren(...years.map((y) => new Option(reportingYearLabel(y), String(y))))
    if (years.includes(keep)) yearSelect.value = String(keep)
    const year = Number(yearSelect.value)
    const reportOf = (e: CompareEntry): CompareReport | undefined => e.r.find((r) => r.c === characteristic.value && r.y === year)

    if (chosen.length === 0) {
      status.textContent = 'No organisations selected yet.' + (unknown.length ? ` Not found: ${unknown.join(', ')}.` : '')
      result.replaceChildren()
      result.removeAttribute('role')
      result.removeAttribute('aria-label')
      result.removeAttribute('tabindex')
      download.hidden = true
      return
    }
    const table = document.createElement('table')
    const caption = document.createElement('caption')
    caption.textContent = `${characteristic.selectedOptions[0]?.text ?? ''} pay gaps${years.length ? `, ${yearSelect.selectedOptions[0]?.text}` : ''}, side by side`
    const head = table.createTHead().insertRow()
    head.append(cell('th', 'Measure', 'col'))
    for (const e of chosen) {
      const th = cell('th', '', 'col')
      const link = document.createElement('a')
      link.href = `/organisations/${e.s}/`
      link.textContent = e.n
      const remove = document.createElement('button')
      remove.type = 'button'
      remove.className = 'sort-button'
      remove.dataset.remove = e.s
      remove.textContent = `Remove ${e.n}`
      remove.addEventListener('click', () => {
        const rest = selectedSlugs().filter((s) => s !== e.s)
        history.replaceState(null, '', rest.length ? `?orgs=${rest.map(encodeURIComponent).join(',')}` : location.pathname)
        const at = chosen.indexOf(e)
        render()
        status.textContent = `Removed ${e.n}. ${rest.length} selected.`
        const buttons = result.querySelectorAll<HTMLButtonElement>('button[data-remove]')
        ;(buttons[Math.min(at, buttons.length - 1)] ?? heading)?.focus()
      })
      th.append(link, document.createElement('br'), remove)
      head.append(th)
    }
    const body = table.createTBody()
    const addRow = (label: string, value: (r: CompareReport) => string) => {
      const row = body.insertRow()
      row.append(cell('th', label, 'row'), ...chosen.map((e) => cell('td', reportOf(e) ? value(reportOf(e)!) : 'No report this year')))
    }
    addRow('Groups compared', (r) => groupsCompared(r.g[0], r.g[1], r.c))
    MEASURES.forEach((label, i) => addRow(label, (r) => show(r.m[i])))
    // One group across the columns (women, in gender reports) names the row; otherwise each cell names its own group.
    const groups = [...new Set(chosen.flatMap((e) => (reportOf(e) ? [reportOf(e)!.g[1]] : [])))]
    QUARTERS.forEach((q, i) =>
      groups.length === 1
        ? addRow(`${possessive(groupAsPeople(groups[0]))} share of the ${q} quarter`, (r) => show(r.q[i]))
        : addRow(`Share of the ${q} quarter held by the group compared`, (r) => `${groupAsPeople(r.g[1])}: ${show(r.q[i])}`),
    )
    addRow('Data-quality flags', (r) => (r.f.length ? r.f.join(', ') : 'None'))
    table.prepend(caption)
    result.replaceChildren(table)
    result.setAttribute('role', 'region')
    result.setAttribute('aria-label', 'Pay gaps side by side (scrolls sideways on narrow screens)')
    result.tabIndex = 0
    status.textContent =
      `${chosen.length} organisation${chosen.length === 1 ? '' : 's'} selected.` +
      (unknown.length ? ` Not found: ${unknown.join(', ')}.` : '')

    const columns = [
      'organisation_slug',
      'organisation_name',
      'year',
      'characteristic',
      'reference_group',
      'comparison_group',
      'median_hourly_gap',
      'median_hourly_gap_status',
      'median_hourly_gap_symbol',
      'mean_hourly_gap',
      'mean_hourly_gap_status',
      'mean_hourly_gap_symbol',
      'median_bonus_gap',
      'median_bonus_gap_status',
      'median_bonus_gap_symbol',
      'mean_bonus_gap',
      'mean_bonus_gap_status',
      'mean_bonus_gap_symbol',
      ...QUARTER_COLUMNS.flatMap((q) => [`${q}_comparison_share`, `${q}_comparison_share_status`, `${q}_comparison_share_symbol`]),
      'flags',
    ]
    const rows = chosen.flatMap((e) => {
      const r = reportOf(e)
      if (!r) return []
      const fig = (f: Figure, name: string) => ({
        [name]: f[1] === 'reported' ? f[0] : null,
        [`${name}_status`]: f[1],
        [`${name}_symbol`]: f[2],
      })
      return [
        {
          organisation_slug: e.s,
          organisation_name: e.n,
          // As the page writes it: 2022-23, not the snapshot year 2022.
          year: reportingYearLabel(r.y),
          characteristic: r.c,
          reference_group: r.g[0],
          comparison_group: r.g[1],
          ...fig(r.m[0], 'median_hourly_gap'),
          ...fig(r.m[1], 'mean_hourly_gap'),
          ...fig(r.m[2], 'median_bonus_gap'),
          ...fig(r.m[3], 'mean_bonus_gap'),
          ...Object.assign({}, ...QUARTER_COLUMNS.map((q, i) => fig(r.q[i], `${q}_comparison_share`))),
          flags: r.f,
        },
      ]
    })
    const link = download.querySelector('a')!
    URL.revokeObjectURL(link.href)
    link.href = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }))
    download.hidden = rows.length === 0
  }

  form.hidden = false
  form.addEventListener('input', render)
  render()
}
