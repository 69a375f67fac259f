import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, explorerStateFromSearch, firstOrderOf, searchOfExplorerState } from '../../site/lib/payGaps/explorerState'

const allowed = { sector: ['health', 'other'], size: ['very-large'], borough: ['camden', 'lambeth'] }

describe('the explorer view in the address', () => {
  it('round-trips filters, sort and page', () => {
    const state = {
      sector: 'health',
      size: 'very-large',
      borough: 'camden',
      name: 'trust',
      sort: 'name' as const,
      order: 'ascending' as const,
      page: 2,
    }
    const search = searchOfExplorerState(state)
    expect(search).toBe('?sector=health&size=very-large&borough=camden&name=trust&sort=name&order=ascending&page=2')
    expect(explorerStateFromSearch(search, allowed)).toEqual(state)
  })

  it('writes the default view as the plain address', () => {
    expect(searchOfExplorerState(DEFAULT_STATE)).toBe('')
    expect(explorerStateFromSearch('', allowed)).toEqual(DEFAULT_STATE)
  })

  it('falls back to the default for unknown or malformed values', () => {
    expect(explorerStateFromSearch('?sector=nope&borough=lambeth&sort=salary&order=up&page=-3', allowed)).toEqual({
      ...DEFAULT_STATE,
      borough: 'lambeth',
    })
    expect(explorerStateFromSearch('?page=2.5', allowed).page).toBe(1)
  })

  it('sorts names A to Z and figures largest first when the order is not given', () => {
    expect(firstOrderOf('name')).toBe('ascending')
    expect(firstOrderOf('median')).toBe('descending')
    expect(explorerStateFromSearch('?sort=name', allowed).order).toBe('ascending')
  })
})
