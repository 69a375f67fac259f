import { describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { toCsv } from '../../site/lib/csv'
import {
  amountBand,
  facetCounts,
  filterGrants,
  filtersFromQuery,
  GRANT_CSV_COLUMNS,
  grantCsvRows,
  totalsBy,
  type OverviewGrant,
} from '../../site/lib/funding/grantOverview'
import { barLayout } from '../../site/lib/funding/totalsChart'
import { firstSentence, grantListTitle, isGenericTitle } from '../../site/lib/funding/grantTitle'
import { recipientType } from '../../site/lib/funding/recipientType'

const grant = (over: Partial<OverviewGrant>): OverviewGrant => ({
  slug: 'g',
  grantId: 'G',
  title: 'T',
  funder: 'trust',
  year: 2021,
  awardDate: '2021-01-26T00:00:00+00:00',
  programme: 'Migrants',
  amount: 1000,
  currency: 'GBP',
  recipient: 'R',
  recipientType: 'Registered charity',
  borough: '',
  ...over,
})

describe('amount bands', () => {
  it('puts each amount in exactly one band, the lower bound inclusive', () => {
    expect([0, 999.99, 1000, 9999, 10_000, 49_999, 50_000, 100_000, 999_999, 1_000_000, 5e7].map(amountBand)).toEqual([
      'under-1k',
      'under-1k',
      '1k-10k',
      '1k-10k',
      '10k-50k',
      '10k-50k',
      '50k-100k',
      '100k-1m',
      '100k-1m',
      '1m-plus',
      '1m-plus',
    ])
  })
})

describe('totals and filters', () => {
  const grants = [
    grant({ grantId: 'a', year: 2020, amount: 30_000, funder: 'trust', recipient: 'Law Centre' }),
    grant({ grantId: 'b', year: 2021, amount: 20_000, funder: 'trust', recipient: 'Law Centre', programme: 'Justice' }),
    grant({ grantId: 'c', year: 2021, amount: 500, funder: 'council', recipient: 'Club', borough: 'lambeth' }),
  ]
  it('totals grants and pounds by year and by funder', () => {
    expect(totalsBy(grants, 'year', 'key')).toEqual([
      { key: '2020', grants: 1, amount: 30_000 },
      { key: '2021', grants: 2, amount: 20_500 },
    ])
    expect(totalsBy(grants, 'funder')).toEqual([
      { key: 'trust', grants: 2, amount: 50_000 },
      { key: 'council', grants: 1, amount: 500 },
    ])
    expect(totalsBy(grants, 'recipient')[0]).toEqual({ key: 'Law Centre', grants: 2, amount: 50_000 })
  })
  it('counts each choice under the other filters, not its own', () => {
    const counts = facetCounts(grants, { year: '2021', funder: 'trust' })
    expect(Object.fromEntries(counts.year)).toEqual({ '2020': 1, '2021': 1 })
    expect(Object.fromEntries(counts.funder)).toEqual({ trust: 1, council: 1 })
    expect(Object.fromEntries(counts.band)).toEqual({ '10k-50k': 1 })
  })
  it('reads filters from an address and writes exactly the filtered grants as CSV', () => {
    const filters = filtersFromQuery(new URLSearchParams('year=2021&band=10k-50k&page=3'))
    expect(filters).toEqual({ year: '2021', band: '10k-50k' })
    const kept = filterGrants(grants, filters)
    expect(kept.map((g) => g.grantId)).toEqual(['b'])
    const csv = parse(
      toCsv(
        GRANT_CSV_COLUMNS,
        grantCsvRows(
          kept,
          (s) => s.toUpperCase(),
          (s) => s,
        ),
      ),
      { columns: true },
    )
    expect(csv).toEqual([
      expect.objectContaining({
        grant_id: 'b',
        funder: 'TRUST',
        amount_awarded: '20000',
        award_date: '2021-01-26',
        amount_band: '£10,000 to £49,999',
      }),
    ])
  })
})

describe('a grant titled by what it is for', () => {
  const abct = {
    title: 'A grant to Access to Justice Foundation',
    recipientName: 'Access to Justice Foundation',
    programme: 'Human Rights, particularly access to justice',
  }
  it('knows a generic title from a real one', () => {
    expect(isGenericTitle('A grant to Access to Justice Foundation', 'Access to Justice Foundation')).toBe(true)
    expect(isGenericTitle('A grant to help refugees into work', 'Refugee Action')).toBe(false)
  })
  it('takes the purpose from the description, without asides', () => {
    expect(firstSentence('A grant of £30,000 (renewable - year 1 of 3). More text.')).toBe('A grant of £30,000')
    expect(
      grantListTitle({
        ...abct,
        description:
          'A restricted grant of £30,000 towards the Pre-Action Protocol Project to be delivered by Deighton Pierce Glynn (This grant is renewable - year 1 of up to 3 years). A project to develop letters.',
      }),
    ).toBe('The Pre-Action Protocol Project to be delivered by Deighton Pierce Glynn')
  })
  it('uses the programme and the kind of grant when the first sentence only states the amount', () => {
    expect(grantListTitle({ ...abct, description: 'An unrestricted grant of £20,000. ECPAT aims to end child trafficking.' })).toBe(
      'Human Rights, particularly access to justice: unrestricted grant to Access to Justice Foundation',
    )
  })
  it('keeps a title that already says what the grant is for', () => {
    expect(grantListTitle({ ...abct, title: 'Legal advice for destitute migrants', description: 'An unrestricted grant.' })).toBe(
      'Legal advice for destitute migrants',
    )
  })
})

describe('kind of recipient', () => {
  it('reads the org-id prefix', () => {
    expect(recipientType({ orgId: 'GB-CHC-1126147' })).toBe('Registered charity')
    expect(recipientType({ orgId: 'GB-SC-SC012345' })).toBe('Registered charity')
    expect(recipientType({ orgId: 'GB-COH-01234567' })).toBe('Company')
    expect(recipientType({ orgId: '360G-ABCT-123' })).toBe('Other or unregistered organisation')
  })
})

describe('bar chart layout', () => {
  it('ends every bar inside its axis, with a nice axis end', () => {
    const layout = barLayout([
      { label: 'a', value: 645, text: '' },
      { label: 'b', value: 17.8, text: '' },
    ])
    expect(layout.axisEnd).toBeGreaterThan(0)
    for (const bar of layout.bars) expect(bar.x + bar.length).toBeLessThanOrEqual(layout.axisEnd)
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(645)
  })
})
