/**
 * Starts Pagefind's own search UI in each element marked data-pagefind-search:
 * its placeholder, an optional content type to filter to (data-type), the
 * filter groups to offer (data-filters, comma-separated; every group when
 * absent), and the address's ?q= as the first search. Every filter is loaded
 * before the first search: with many filters, a search that starts first can
 * leave the UI listing only the filters loaded by then. The UI imports the same
 * pagefind.js module, so it finds them loaded.
 */
declare const PagefindUI: new (options: Record<string, unknown>) => {
  triggerSearch: (query: string) => void
  triggerFilters: (filters: Record<string, string[]>) => void
}

interface PagefindResultData {
  excerpt: string
  meta: Record<string, string>
  filters?: Record<string, string[]>
}

const PAGEFIND = '/pagefind/pagefind.js'

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Each result says what kind of page it is ("Step", "Organisation", "Grant") before its excerpt. */
function withKind(result: PagefindResultData): PagefindResultData {
  const kind = result.filters?.type?.[0]
  if (kind) result.excerpt = `<span class="search-kind">${escapeText(kind)}</span> ${result.excerpt}`
  return result
}

/**
 * Pagefind's UI lists every filter group in the index; a search within one part
 * of the site (the library) should offer only that part's groups. Hidden, not
 * removed, since the UI's own code owns those elements.
 */
function keepOnlyFilters(element: HTMLElement, groups: string[]): void {
  const wanted = new Set(groups.map((g) => g.trim().toLowerCase()))
  const apply = () => {
    for (const block of element.querySelectorAll<HTMLElement>('.pagefind-ui__filter-block')) {
      const name = block.querySelector('.pagefind-ui__filter-name')?.textContent?.trim().toLowerCase() ?? ''
      const hide = !wanted.has(name)
      if (block.hidden !== hide) block.hidden = hide
    }
  }
  new MutationObserver(apply).observe(element, { childList: true, subtree: true })
  apply()
}

async function start(element: HTMLElement): Promise<void> {
  const ui = new PagefindUI({
    element,
    showSubResults: element.dataset.subResults === 'true',
    showImages: false,
    resetStyles: false,
    processResult: withKind,
    // A known abbreviation ("TfL") is a strong signal of the page sought; long profile pages of
    // organisations taking part should not lose to short pages of employers known only from data.
    // The participant meta holds the name of an organisation taking part in the plan (organisations/[slug].astro).
    ranking: { metaWeights: { abbreviation: 10, participant: 8, title: 5 }, pageLength: 0.3 },
    translations: { placeholder: element.dataset.placeholder ?? 'Search' },
  })
  if (element.dataset.filters) keepOnlyFilters(element, element.dataset.filters.split(','))
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as { filters: () => Promise<unknown> }
    await pagefind.filters()
  } catch {
    // The search still works; only the filter list may be short.
  }
  if (element.dataset.type) ui.triggerFilters({ type: [element.dataset.type] })
  const query = new URLSearchParams(location.search).get('q')
  if (query) ui.triggerSearch(query)
}

for (const element of document.querySelectorAll<HTMLElement>('[data-pagefind-search]')) void start(element)
