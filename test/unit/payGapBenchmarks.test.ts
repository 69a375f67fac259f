import { describe, expect, it } from 'vitest'
import { notReported, type MeasuredValue } from '../../domain/measured'
import { quartersLayout, summariseQuarters } from '../../site/lib/charts/payQuarters'
import { benchmarkOf, headlineReport } from '../../site/lib/payGaps/benchmarks'

const reported = (value: number): MeasuredValue => ({ value, status: 'reported', symbol: null })
const withheld: MeasuredValue = { value: null, status: 'withheld', symbol: '<5' }
const report = (median: MeasuredValue) => ({
  medianHourlyGap: median,
  meanHourlyGap: notReported(),
  medianBonusGap: notReported(),
  meanBonusGap: notReported(),
})

describe('benchmarkOf', () => {
  it('takes the median of the reports that give the figure, and counts only those', () => {
    expect(benchmarkOf([report(reported(10)), report(reported(2)), report(withheld), report(reported(4))], 'medianHourlyGap')).toEqual({
      median: 4,
      count: 3,
    })
  })

  it('gives no median, never 0, when no report gives the figure', () => {
    expect(benchmarkOf([report(withheld)], 'medianHourlyGap')).toEqual({ median: undefined, count: 0 })
  })
})

describe('headlineReport', () => {
  it('leads with the comparison covering the most staff, then A to Z', () => {
    expect(
      headlineReport([
        { comparisonGroup: 'Black', headcount: 40 },
        { comparisonGroup: 'Asian', headcount: 90 },
        { comparisonGroup: 'Mixed', headcount: null },
      ])?.comparisonGroup,
    ).toBe('Asian')
    expect(headlineReport([{ comparisonGroup: 'Mixed' }, { comparisonGroup: 'Black' }])?.comparisonGroup).toBe('Black')
  })

  it('leads with the publisher’s own headline comparison when it names one', () => {
    expect(
      headlineReport([
        { comparisonGroup: 'Other ethnic group', headcount: 900 },
        { comparisonGroup: 'Black, Asian and Minority Ethnic', headcount: 300, publisherHeadline: true },
      ])?.comparisonGroup,
    ).toBe('Black, Asian and Minority Ethnic')
  })
})

describe('the pay quarters', () => {
  it('draws each reported share as a part of a full bar, and says a missing one in words', () => {
    const layout = quartersLayout([reported(50), reported(25), withheld, reported(100)], 560)
    expect(layout.bars.map((b) => (b.width === null ? null : b.width / layout.barWidth))).toEqual([0.5, 0.25, null, 1])
    expect(layout.drawn).toBe(true)
    expect(quartersLayout([withheld, withheld, withheld, withheld]).drawn).toBe(false)
  })

  it('summarises the lower and upper quarters in the group’s words', () => {
    expect(summariseQuarters('Women', [reported(56.2), reported(50), reported(45), reported(38.1)])).toBe(
      'Women held 56.2% of the lower (lowest-paid) quarter and 38.1% of the upper (best-paid) quarter: a smaller share of the best-paid jobs.',
    )
    expect(summariseQuarters('Black employees', [withheld, reported(1), reported(1), reported(1)])).toBe(
      'Black employees’ share of the lower and upper quarters cannot be compared: the pay quarters were not published in full.',
    )
  })
})
