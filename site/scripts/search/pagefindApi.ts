/**
 * The part of Pagefind's browser API (pagefind.js, 1.x) the search uses:
 * https://pagefind.app/docs/api/. A search loads only the index chunks its
 * words need and the filter chunks of the groups it filters by; `filters()`,
 * which loads every filter chunk, is never called.
 */
export type Filters = Record<string, string[]>

export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  locations: number[]
}

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string>
  filters?: Record<string, string[]>
  sub_results?: PagefindSubResult[]
}

export interface PagefindResult {
  id: string
  data: () => Promise<PagefindResultData>
}

export interface PagefindSearch {
  results: PagefindResult[]
  /** Counts within these results, for the filter groups whose chunks are loaded. */
  filters: Record<string, Record<string, number>>
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string, options: { filters: Filters }) => Promise<PagefindSearch>
  /** Resolves to null when a later call has superseded this one. */
  debouncedSearch: (term: string, options: { filters: Filters }, timeoutMs?: number) => Promise<PagefindSearch | null>
}
