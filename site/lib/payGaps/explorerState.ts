/**
 * The pay gap explorer's view as a query string, so any view can be shared,
 * bookmarked and reopened, and the back button returns to the one before:
 * ?sector=health&borough=camden&name=trust&sort=name&order=ascending&page=2.
 * Defaults are left out, so the plain address is the default view. Pure, for
 * the island and the tests.
 */
export const SORT_KEYS = ['name', 'comparisonGroup', 'median', 'mean', 'medianBonus'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortOrder = 'ascending' | 'descending'

export interface ExplorerState {
  sector: string
  size: string
  borough: string
  name: string
  sort: SortKey
  order: SortOrder
  page: number
}

export const DEFAULT_STATE: ExplorerState = { sector: '', size: '', borough: '', name: '', sort: 'median', order: 'descending', page: 1 }

/** Names read A to Z on their first click; figures largest first. */
export function firstOrderOf(key: SortKey): SortOrder {
  return key === 'name' || key === 'comparisonGroup' ? 'ascending' : 'descending'
}

/** The state an address asks for; anything unknown or malformed falls back to the default, never an error page. */
export function explorerStateFromSearch(
  search: string,
  allowed: { sector: readonly string[]; size: readonly string[]; borough: readonly string[] },
): ExplorerState {
  const params = new URLSearchParams(search)
  const oneOf = (name: 'sector' | 'size' | 'borough') => {
    const value = params.get(name) ?? ''
    return allowed[name].includes(value) ? value : ''
  }
  const sort = (SORT_KEYS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as SortKey) : DEFAULT_STATE.sort
  const orderParam = params.get('order')
  const order: SortOrder =
    orderParam === 'ascending' || orderParam === 'descending' ? orderParam : params.has('sort') ? firstOrderOf(sort) : DEFAULT_STATE.order
  const page = Number(params.get('page'))
  return {
    sector: oneOf('sector'),
    size: oneOf('size'),
    borough: oneOf('borough'),
    name: (params.get('name') ?? '').trim().slice(0, 100),
    sort,
    order,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The query string for a state, "" for the default view. */
export function searchOfExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams()
  for (const key of ['sector', 'size', 'borough', 'name'] as const) if (state[key]) params.set(key, state[key])
  if (state.sort !== DEFAULT_STATE.sort || state.order !== DEFAULT_STATE.order) {
    params.set('sort', state.sort)
    params.set('order', state.order)
  }
  if (state.page > 1) params.set('page', String(state.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
