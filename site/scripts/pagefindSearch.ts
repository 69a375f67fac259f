/**
 * Starts Pagefind's own search UI in each element marked data-pagefind-search:
 * its placeholder, an optional content type to filter to (data-type), and the
 * address's ?q= as the first search. Every filter is loaded before the first
 * search: with many filters, a search that starts first can leave the UI listing
 * only the filters loaded by then. The UI imports the same pagefind.js module,
 * so it finds them loaded.
 */
declare const PagefindUI: new (options: Record<string, unknown>) => {
  triggerSearch: (query: string) => void
  triggerFilters: (filters: Record<string, string[]>) => void
}

const PAGEFIND = '/pagefind/pagefind.js'

async function start(element: HTMLElement): Promise<void> {
  const ui = new PagefindUI({
    element,
    showSubResults: element.dataset.subResults === 'true',
    showImages: false,
    resetStyles: false,
    translations: { placeholder: element.dataset.placeholder ?? 'Search' },
  })
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
