import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCensus2021Ethnicity } from '../../domain/reference/census2021Ethnicity'
import { config } from '../../domain/config'
import { londonMedianGenderPayGap, median } from '../../domain/returns/benchmarks'
import { compareReturns } from '../../domain/returns/compareReturns'

describe('compareReturns', () => {
  const a = (step: string, status: string, stage = 's2') => ({ step, status, stage })

  it('lists what moved, what is new and what was dropped since the year before', () => {
    const [first, second] = compareReturns([
      { year: 2025, steps: [a('2.4.1', 'complete'), a('1.1.10', 'planned'), a('1.1.2', 'planned')] },
      { year: 2024, steps: [a('1.1.2', 'planned'), a('1.1.3', 'in-progress'), a('2.4.1', 'in-progress')] },
    ])
    expect(first).toEqual({
      year: 2024,
      moved: [],
      added: [a('1.1.2', 'planned'), a('1.1.3', 'in-progress'), a('2.4.1', 'in-progress')],
      dropped: [],
      unchanged: [],
    })
    expect(second.previousYear).toBe(2024)
    expect(second.moved).toEqual([{ step: '2.4.1', from: { status: 'in-progress', stage: 's2' }, to: { status: 'complete', stage: 's2' } }])
    // Step codes sort numerically: 1.1.10 after 1.1.2.
    expect(second.added).toEqual([a('1.1.10', 'planned')])
    expect(second.dropped).toEqual([a('1.1.3', 'in-progress')])
    expect(second.unchanged).toEqual([a('1.1.2', 'planned')])
  })

  it('counts a change of stage alone as a move', () => {
    const [, second] = compareReturns([
      { year: 2023, steps: [a('3.9.1', 'planned', 's1')] },
      { year: 2024, steps: [a('3.9.1', 'planned', 's3')] },
    ])
    expect(second.moved).toEqual([{ step: '3.9.1', from: { status: 'planned', stage: 's1' }, to: { status: 'planned', stage: 's3' } }])
    expect(second.unchanged).toEqual([])
  })

  it('compares with the latest earlier year even when a year is missing', () => {
    const result = compareReturns([
      { year: 2023, steps: [a('1.1.1', 'planned')] },
      { year: 2026, steps: [] },
    ])
    expect(result[1]).toMatchObject({ year: 2026, previousYear: 2023, dropped: [a('1.1.1', 'planned')] })
  })
})

describe('London benchmarks', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })

  it('computes the median gender pay gap of London employers for one year, one figure per employer', () => {
    const london = new Set(['a', 'b', 'c', 'd'])
    const reports = [
      { organisation: 'a', year: 2023, medianHourlyGap: 10 },
      { organisation: 'b', year: 2023, medianHourlyGap: -2 },
      { organisation: 'c', year: 2023, medianHourlyGap: 5.5 },
      // A second report of the same employer that year does not count twice.
      { organisation: 'c', year: 2023, medianHourlyGap: 40 },
      // Withheld is left out, never read as 0.
      { organisation: 'd', year: 2023, medianHourlyGap: null },
      // Outside London, or another year.
      { organisation: 'elsewhere', year: 2023, medianHourlyGap: 30 },
      { organisation: 'a', year: 2022, medianHourlyGap: 99 },
    ]
    // Reported London figures for 2023: -2, 5.5, 10; the median is 5.5 from 3 employers.
    expect(londonMedianGenderPayGap(reports, 2023, (o) => london.has(o))).toEqual({ value: 5.5, count: 3 })
    expect(londonMedianGenderPayGap(reports, 2021, (o) => london.has(o))).toBeUndefined()
  })
})

describe('Census 2021 ethnic groups', () => {
  const header = 'ltla21_code,ltla21_name,ethnic_group,value\n'

  it('adds the counts of each broad group across authorities and computes shares from them', () => {
    const london = readCensus2021Ethnicity(
      header +
        'E1,A,"Asian, Asian British or Asian Welsh: Indian (number)",30\n' +
        'E1,A,"Asian, Asian British or Asian Welsh: Indian (percent)",30.0\n' +
        'E1,A,"White: English, Welsh, Scottish, Northern Irish or British (number)",70\n' +
        'E2,B,Mixed or Multiple ethnic groups: White and Black African  (number),50\n' +
        'E2,B,"Black, Black British, Black Welsh, Caribbean or African: African (number)",50\n',
    )
    expect(london.total).toBe(200)
    expect(london.authorities).toBe(2)
    expect(london.groups.map((g) => [g.group, g.people, g.share])).toEqual([
      ['asian', 30, 15],
      ['black', 50, 25],
      ['mixed', 50, 25],
      ['white', 70, 35],
      ['other', 0, 0],
    ])
  })

  it('names the line and column of a count it cannot read', () => {
    expect(() => readCensus2021Ethnicity(header + 'E1,A,White: Irish (number),many\n', 'census.csv')).toThrow(
      'census.csv, line 2, column value: expected a count of people, found "many".',
    )
  })

  it.skipIf(!existsSync(config.census2021EthnicityFile))('reads the real London file: 33 authorities, 8,799,736 people', () => {
    const london = readCensus2021Ethnicity(readFileSync(config.census2021EthnicityFile, 'utf8'))
    expect(london.authorities).toBe(33)
    expect(london.total).toBe(8_799_736)
    expect(london.groups.reduce((s, g) => s + g.people, 0)).toBe(8_799_736)
  })
})
