import type { Funder } from '../lib/funding/dashboardMeasures'
import { filterOptions } from '../lib/funding/filterOptions'
import { filterGrants, filtersFromQuery, type GrantFilterKey, type GrantFilters, type OverviewGrant } from '../lib/funding/grantOverview'
import { matchingGrantsTable } from '../lib/funding/overviewHtml'

/**
 * The grants list's filters (year, funder, programme, amount), kept in the
 * address so a filtered list can be shared. The list is static pages of 100;
 * the first filter fetches every grant's list fields once and shows the
 * matches in one table. Without JavaScript the pages stay as they are.
 */
const KEYS: GrantFilterKey[] = ['year', 'funder', 'programme', 'band']
const SHOWN = 500

export function startGrantListFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#grant-filters')
  const status = document.querySelector<HTMLElement>('#grant-filter-status')
  const list = document.querySelector<HTMLElement>('#grant-list')
  const pages = document.querySelector<HTMLElement>('#grant-pages')
  if (!form || !status || !list) return
  const original = list.innerHTML
  let data: { funders: Funder[]; years: number[]; grants: OverviewGrant[] } | undefined

  const chosen = (): GrantFilters => {
    const values = new FormData(form)
    return Object.fromEntries(KEYS.map((k) => [k, String(values.get(k) ?? '')]).filter(([, v]) => v))
  }

  const render = async () => {
    const filters = chosen()
    const query = new URLSearchParams(filters as Record<string, string>)
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`)
    if (Object.keys(filters).length === 0) {
      list.innerHTML = original
      if (pages) pages.hidden = false
      status.textContent = ''
      return
    }
    data ??= (await (await fetch(form.dataset.index!)).json()) as typeof data
    const found = filterGrants(data!.grants, filters)
    for (const option of filterOptions(data!, filters)) {
      const select = form.elements.namedItem(option.key) as HTMLSelectElement | null
      if (!select) continue
      select.replaceChildren(new Option(option.any, ''), ...option.choices.map((c) => new Option(c.text, c.value)))
      select.value = filters[option.key] ?? ''
    }
    list.innerHTML = matchingGrantsTable(found, data!.funders, SHOWN)
    if (pages) pages.hidden = true
    status.textContent = `${found.length.toLocaleString('en-GB')} grant${found.length === 1 ? '' : 's'} match${found.length === 1 ? 'es' : ''}${found.length > SHOWN ? `; showing the newest ${SHOWN}` : ''}.`
  }

  const initial = filtersFromQuery(new URLSearchParams(location.search))
  for (const key of KEYS) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null
    if (select && initial[key]) select.value = initial[key]!
  }
  form.hidden = false
  form.addEventListener('change', () => void render())
  form.addEventListener('reset', () => setTimeout(() => void render()))
  if (Object.keys(initial).length > 0) void render()
}
