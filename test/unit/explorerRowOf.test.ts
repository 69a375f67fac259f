// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { explorerRowHtml, explorerRowOf, type ExplorerRow } from '../../site/lib/payGaps/explorerRows'

/**
 * The explorer's island reads each row back from the page that lists it (there
 * is no second copy in JSON), so reading a row's markup must give the row.
 */
const row = (over: Partial<ExplorerRow> = {}): ExplorerRow => ({
  id: '42',
  slug: 'smith-&-sons',
  name: 'Smith & Sons <Holdings> "Ltd"',
  sector: 'private',
  sectorLabel: 'Private sector',
  size: '250-499',
  boroughs: ['camden', 'city-of-london'],
  groups: 'Men and women',
  comparisonGroup: 'Women',
  median: 12.5,
  mean: -3,
  medianBonus: null,
  medianText: '12.5%',
  meanText: '-3.0%',
  medianBonusText: 'Withheld (<5)',
  flags: 'Quarters add up to 99.8. Median gap of 0.',
  ...over,
})

function parsed(r: ExplorerRow, checked = false): ExplorerRow {
  const table = document.createElement('table')
  table.innerHTML = `<tbody>${explorerRowHtml(r, checked)}</tbody>`
  return explorerRowOf(table.querySelector('tr')!)
}

describe('explorerRowOf', () => {
  it('reads back every field of a row from its markup, escaped characters included', () => {
    expect(parsed(row())).toEqual(row())
  })
  it('reads a row without flags, boroughs or figures, and a ticked one', () => {
    const plain = row({
      flags: '',
      boroughs: [],
      median: null,
      mean: null,
      medianText: 'Not reported',
      meanText: 'Not reported',
      medianBonus: 0,
    })
    expect(parsed(plain, true)).toEqual(plain)
  })
})
