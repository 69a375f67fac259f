/**
 * The site's search, on Pagefind's JS API, in each element marked
 * data-pagefind-search: a labelled input (data-placeholder names it), filter
 * groups from the list written at build time (data-filters, comma-separated,
 * chooses which; every group when absent), an optional content type every
 * search is filtered to (data-type), sections of pages found
 * (data-sub-results), and the address's ?q= as the first search.
 *
 * Why not Pagefind's own UI: it lists the filters loaded so far, so it either
 * showed a partial list or (as this site did) loaded every filter chunk before
 * the first search, which grows with pages (860 KB at 20,000 organisations).
 * Here the list is complete before anything loads, and a search loads only the
 * chunks of the groups it filters by (docs/decisions.md, "Search").
 */
import { urls } from '../lib/urls'
import { filterPanel, type FilterList, type FilterPanel } from './search/filterPanel'
import type { Filters, Pagefind, PagefindResult, PagefindSearch } from './search/pagefindApi'
import { renderResult } from './search/renderResult'

const PAGE_SIZE = 5
const DEBOUNCE_MS = 300

// A known abbreviation ("TfL") is a strong signal of the page sought; long profile pages of
// organisations taking part should not lose to short pages of employers known only from data.
// The participant meta holds the name of an organisation taking part in the plan (organisations/[slug].astro).
const RANKING = { metaWeights: { abbreviation: 10, participant: 8, title: 5 }, pageLength: 0.3 }

let pagefindLoading: Promise<Pagefind> | undefined
let filterListLoading: Promise<FilterList | undefined> | undefined

function loadPagefind(showSections: boolean): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ urls.pagefindScript())) as Pagefind
    // No web worker: it is one more script to download (43 KB), and a search of the chunks one query needs is quick on the page's thread.
    await pagefind.options({ ranking: RANKING, excerptLength: showSections ? 12 : 30, noWorker: true })
    await pagefind.init()
    return pagefind
  })()
  return pagefindLoading
}

function loadFilterList(): Promise<FilterList | undefined> {
  filterListLoading ??= fetch(urls.searchFilterList())
    .then((response) => (response.ok ? (response.json() as Promise<FilterList>) : undefined))
    .catch(() => undefined)
  return filterListLoading
}

const resultsFor = (count: number, term: string) =>
  count === 0 ? `No results for “${term}”` : `${count.toLocaleString('en-GB')} ${count === 1 ? 'result' : 'results'} for “${term}”`

function searchForm(element: HTMLElement, idPrefix: string) {
  const form = document.createElement('form')
  form.className = 'pagefind-ui__form'
  form.setAttribute('role', 'search')
  const label = document.createElement('label')
  label.htmlFor = `${idPrefix}-input`
  label.className = 'pagefind-ui__search-label'
  label.textContent = element.dataset.placeholder ?? 'Search'
  const input = document.createElement('input')
  input.type = 'search'
  input.id = `${idPrefix}-input`
  input.className = 'pagefind-ui__search-input'
  input.autocomplete = 'off'
  const drawer = document.createElement('div')
  drawer.className = 'pagefind-ui__drawer'
  const area = document.createElement('div')
  area.className = 'pagefind-ui__results-area'
  // A status region exists from the start, so screen readers announce each change of its text.
  const message = document.createElement('p')
  message.className = 'pagefind-ui__message'
  message.setAttribute('role', 'status')
  const list = document.createElement('ol')
  list.className = 'pagefind-ui__results'
  const more = document.createElement('button')
  more.type = 'button'
  more.className = 'pagefind-ui__button'
  more.textContent = 'Load more results'
  more.hidden = true
  area.append(message, list, more)
  drawer.append(area)
  form.append(label, input, drawer)
  element.replaceChildren(form)
  return { form, input, drawer, message, list, more }
}

async function start(element: HTMLElement, index: number): Promise<void> {
  const idPrefix = element.id || `search-${index}`
  const showSections = element.dataset.subResults === 'true'
  const preset: Filters = element.dataset.type ? { type: [element.dataset.type] } : {}
  const ui = searchForm(element, idPrefix)
  const pagefind = loadPagefind(showSections)
  const filterList = await loadFilterList()

  const groups = filterList
    ? element.dataset.filters
      ? element.dataset.filters.split(',').map((g) => g.trim())
      : Object.keys(filterList)
    : []
  // A preset group the reader is not offered still applies to every search.
  const fixed: Filters = Object.fromEntries(Object.entries(preset).filter(([group]) => !groups.includes(group)))
  // The filters appear with the first search, whole (the list is already here): before it there is
  // nothing to filter, and the only control is the search box, as with Pagefind's own UI.
  let panel: FilterPanel | undefined
  const showFilters = () => {
    if (panel || !filterList) return
    panel = filterPanel(filterList, groups, idPrefix, preset, () => void run(false))
    ui.drawer.prepend(panel.element)
  }
  const filters = (): Filters => ({ ...(panel?.selected() ?? preset), ...fixed })

  let generation = 0
  let results: PagefindResult[] = []
  let shown = 0

  async function showMore(focusFirst: boolean, current: number): Promise<void> {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()))
    if (current !== generation) return
    const items = next.map((data) => renderResult(data, showSections))
    ui.list.append(...items)
    shown += items.length
    ui.more.hidden = shown >= results.length
    if (focusFirst) items[0]?.querySelector('a')?.focus()
  }

  async function run(debounce: boolean): Promise<void> {
    const current = ++generation
    const term = ui.input.value.trim()
    if (!term) {
      results = []
      ui.list.replaceChildren()
      ui.message.textContent = ''
      ui.more.hidden = true
      return
    }
    showFilters()
    let search: PagefindSearch | null
    try {
      const api = await pagefind
      search = debounce
        ? await api.debouncedSearch(term, { filters: filters() }, DEBOUNCE_MS)
        : await api.search(term, { filters: filters() })
    } catch {
      if (current === generation)
        ui.message.textContent = 'The search could not be loaded. Try again, or browse the pages listed below the search.'
      return
    }
    if (!search || current !== generation) return
    results = search.results
    shown = 0
    ui.list.replaceChildren()
    panel?.showCounts(search.filters)
    await showMore(false, current)
    if (current === generation) ui.message.textContent = resultsFor(results.length, term)
  }

  ui.input.addEventListener('input', () => void run(true))
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(false)
  })
  ui.more.addEventListener('click', () => void showMore(true, generation))
  // The address's ?q=, or what the reader typed while the filter list was loading.
  const query = new URLSearchParams(location.search).get('q')
  if (query && !ui.input.value) ui.input.value = query
  if (ui.input.value.trim()) await run(false)
}

document.querySelectorAll<HTMLElement>('[data-pagefind-search]').forEach((element, index) => void start(element, index))
