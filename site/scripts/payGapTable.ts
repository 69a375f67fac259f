import { explorerRowHtml, explorerRowOf, type ExplorerRow } from '../lib/payGaps/explorerRows'
import { keyNames, matchNames } from '../../domain/nameMatch'
import {
  explorerStateFromSearch,
  firstOrderOf,
  searchOfExplorerState,
  type ExplorerState,
  type SortKey,
} from '../lib/payGaps/explorerState'
import { startCompareTray } from './compareTray'

/**
 * The pay-gap explorer's island: reads every report of the year from the
 * explorer's own pages (this one from the document, the others fetched once:
 * each row ships once, as the page's HTML), filters them by sector, size,
 * borough and name, sorts them
 * by any column, and shows them a page at a time, with the same row markup as
 * the built pages. The view (filters, sort, page) is kept in the address:
 * each change is a new history entry (pushState), and going back or forward
 * (popstate) redraws the view the address names, so a view can be shared and
 * the back button works. Sorting uses buttons in the column headers and
 * aria-sort; the count is announced in a polite live region. Without
 * JavaScript the built pages link to each other, largest median gap first.
 */
function compare(a: ExplorerRow, b: ExplorerRow, key: SortKey, descending: boolean): number {
  const x = a[key]
  const y = b[key]
  if (typeof x === 'string' || typeof y === 'string') {
    const order = String(x).localeCompare(String(y), 'en-GB')
    return descending ? -order : order
  }
  // Reports without a figure (withheld, not reported) always go last.
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
  return descending ? y - x : x - y
}

const optionValues = (select: HTMLSelectElement | null) => [...(select?.options ?? [])].map((o) => o.value).filter(Boolean)

export async function startPayGapTable(): Promise<void> {
  const table = document.querySelector<HTMLTableElement>('#pay-gap-table')
  const filters = document.querySelector<HTMLFormElement>('#pay-gap-filters')
  const compareForm = document.querySelector<HTMLFormElement>('#compare-form')
  const status = document.querySelector<HTMLElement>('#pay-gap-status')
  const pages = document.querySelector<HTMLElement>('#pay-gap-pages')
  const nameSearch = document.querySelector<HTMLFormElement>('#explorer-employer-search')
  if (!table || !filters || !compareForm || !status || !pages || !filters.dataset.pages) return
  const pageSize = Number(filters.dataset.pageSize) || 250
  const total = Number(filters.dataset.total) || 0
  const body = table.tBodies[0]
  const builtRows = [...body.rows].map(explorerRowOf)
  let loaded: Promise<{ all: ExplorerRow[]; keyed: ReturnType<typeof keyNames<ExplorerRow>> }> | undefined
  /** Every report of the year, in the built order (largest median gap first), read once from the explorer's pages. */
  const loadAll = () =>
    (loaded ??= (async () => {
      const urls = JSON.parse(filters.dataset.pages!) as string[]
      const here = Number(filters.dataset.page) || 1
      const parser = new DOMParser()
      const byPage = await Promise.all(
        urls.map(async (url, i) => {
          if (i + 1 === here) return builtRows
          const response = await fetch(url)
          if (!response.ok) throw new Error(`${url}: ${response.status}`)
          const page = parser.parseFromString(await response.text(), 'text/html')
          return [...page.querySelectorAll('#pay-gap-table tbody tr')].map(explorerRowOf)
        }),
      )
      const all = byPage.flat()
      return { all, keyed: keyNames(all) }
    })())
  const headers = [...table.tHead!.rows[0].cells]
  const select = (name: string) => filters.querySelector<HTMLSelectElement>(`select[name="${name}"]`)
  const allowed = { sector: optionValues(select('sector')), size: optionValues(select('size')), borough: optionValues(select('borough')) }
  const nameInput = nameSearch?.querySelector<HTMLInputElement>('input[name="name"]')
  const tray = startCompareTray(compareForm, body)
  let state: ExplorerState = explorerStateFromSearch(location.search, allowed)
  let matching: ExplorerRow[] = builtRows
  // Until every row is read, the view is the built page: all the year's reports.
  let matchingCount = total

  const pageCountOf = () => Math.max(1, Math.ceil(matchingCount / pageSize))

  const drawPages = () => {
    pages.replaceChildren()
    const pageCount = pageCountOf()
    if (pageCount <= 1) return
    const list = document.createElement('ul')
    list.className = 'pagination'
    const item = (label: string, target: number | null) => {
      const li = document.createElement('li')
      if (target === null) li.textContent = label
      else {
        const button = document.createElement('button')
        button.type = 'button'
        button.textContent = label
        button.addEventListener('click', () => {
          void change({ page: target }, `Page ${target} of ${pageCount}.`)
          table.focus()
        })
        li.append(button)
      }
      list.append(li)
    }
    if (state.page > 1) item('Previous page', state.page - 1)
    item(`Page ${state.page} of ${pageCount}`, null)
    if (state.page < pageCount) item('Next page', state.page + 1)
    pages.append(list)
  }

  /** Draws the view `state` names: the controls, the rows, the pages. */
  const draw = async (announce?: string) => {
    const wanted = state
    let all: ExplorerRow[]
    let keyed: Awaited<ReturnType<typeof loadAll>>['keyed']
    try {
      ;({ all, keyed } = await loadAll())
    } catch {
      status.textContent = 'The other pages of reports could not be loaded; use the page links below.'
      return
    }
    if (wanted !== state) return // a later change has drawn since
    for (const key of ['sector', 'size', 'borough'] as const) {
      const control = select(key)
      if (control) control.value = state[key]
    }
    if (nameInput && document.activeElement !== nameInput) nameInput.value = state.name
    const named = state.name ? new Set(matchNames(state.name, keyed, Infinity).map((r) => r.id)) : undefined
    matching = all.filter(
      (row) =>
        (!state.sector || row.sector === state.sector) &&
        (!state.size || row.size === state.size) &&
        (!state.borough || row.boroughs.includes(state.borough)) &&
        (!named || named.has(row.id)),
    )
    const descending = state.order === 'descending'
    matching.sort((a, b) => compare(a, b, state.sort, descending))
    matchingCount = matching.length
    state.page = Math.min(state.page, pageCountOf())
    for (const th of headers) if (th.dataset.key) th.setAttribute('aria-sort', th.dataset.key === state.sort ? state.order : 'none')
    const start = (state.page - 1) * pageSize
    body.innerHTML = matching
      .slice(start, start + pageSize)
      .map((row) => explorerRowHtml(row, tray.has(row.slug)))
      .join('')
    drawPages()
    const shownTo = Math.min(start + pageSize, matching.length).toLocaleString('en-GB')
    const onPage =
      matching.length <= pageSize
        ? ''
        : state.page === 1
          ? `; the first ${shownTo} on this page`
          : `; ${(start + 1).toLocaleString('en-GB')} to ${shownTo} on this page`
    status.textContent =
      announce ??
      `${matching.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} reports shown${state.name ? ` for “${state.name}”` : ''}${onPage}.`
  }

  /** A new view: a new history entry, so Back returns to the one before. */
  const change = async (next: Partial<ExplorerState>, announce?: string) => {
    state = { ...state, ...next }
    // The address changes once the view it names is drawn (the first change may wait for the other pages).
    await draw(announce)
    const search = searchOfExplorerState(state)
    if (search !== location.search) history.pushState(null, '', location.pathname + search + location.hash)
  }

  headers.forEach((th) => {
    const key = th.dataset.key as SortKey | undefined
    if (!key) return
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'sort-button'
    button.textContent = th.textContent?.trim() ?? ''
    th.replaceChildren(button)
    button.addEventListener('click', () => {
      const order = state.sort === key ? (state.order === 'descending' ? 'ascending' : 'descending') : firstOrderOf(key)
      const words =
        key === 'name' || key === 'comparisonGroup'
          ? order === 'ascending'
            ? 'A to Z'
            : 'Z to A'
          : order === 'descending'
            ? 'largest first'
            : 'smallest first'
      void change({ sort: key, order, page: 1 }, `Sorted by ${button.textContent?.toLowerCase()}, ${words}.`)
    })
  })

  const fromControls = () => {
    const data = new FormData(filters)
    void change({
      sector: String(data.get('sector') ?? ''),
      size: String(data.get('size') ?? ''),
      borough: String(data.get('borough') ?? ''),
      page: 1,
    })
  }
  filters.addEventListener('input', fromControls)
  filters.addEventListener('reset', () => setTimeout(() => void change({ sector: '', size: '', borough: '', name: '', page: 1 })))
  // Enter in the name box with no suggestion chosen filters the table to the names that match.
  nameSearch?.addEventListener('submit', (event) => {
    event.preventDefault()
    void change({ name: (nameInput?.value ?? '').trim(), page: 1 })
  })
  window.addEventListener('popstate', () => {
    state = explorerStateFromSearch(location.search, allowed)
    void draw()
  })

  table.tabIndex = -1
  // The controls work on every report of the year, so they appear once the other pages are read
  // (as they did when the rows came from reports.json). The built page's own count stands for
  // the default view; an address with a view in it is drawn and counted afresh.
  try {
    await loadAll()
  } catch {
    return // the built page and its links still work
  }
  filters.hidden = false
  if (!location.search) state.page = Number(filters.dataset.page) || 1
  await draw(location.search ? undefined : (status.textContent ?? undefined))
}
