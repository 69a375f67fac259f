import { describe, expect, it } from 'vitest'
import { hasVisibleBars, signedBarLayout } from '../../site/lib/charts/signedBars'
import { distributionLayout } from '../../site/lib/payGaps/distribution'
import { formatMeasured } from '../../domain/measured'
import { groupAsPeople, groupsCompared, perPound, possessive } from '../../site/lib/payGaps/format'

describe('formatMeasured', () => {
  it('shows reported figures and says why others are missing, never 0', () => {
    expect(formatMeasured({ value: 12.345, status: 'reported', symbol: null })).toBe('12.3%')
    expect(formatMeasured({ value: 0, status: 'reported', symbol: null })).toBe('0%')
    expect(formatMeasured({ value: null, status: 'withheld', symbol: '<5' })).toBe('Withheld (<5)')
    expect(formatMeasured({ value: null, status: 'not-applicable', symbol: 'N/A' })).toBe('Not applicable (N/A)')
    expect(formatMeasured({ value: null, status: 'not-reported', symbol: null })).toBe('Not reported')
  })
})

describe('perPound', () => {
  it.each([
    [12, 'for every £1 men earn, women earn 88p'],
    [11.5, 'for every £1 men earn, women earn 89p'],
    [0, 'for every £1 men earn, women earn £1'],
    [-5, 'for every £1 men earn, women earn £1.05'],
  ])('a gap of %d%% reads "%s"', (gap, text) => {
    expect(perPound(gap, 'Men', 'Women', 'gender')).toBe(text)
  })

  it('keeps ethnic groups’ capitals and names them as people, as the Race Disparity Unit writes them', () => {
    expect(perPound(10, 'White', 'Black', 'ethnicity')).toBe('for every £1 White employees earn, Black employees earn 90p')
    expect(perPound(3, 'White', 'Asian', 'ethnicity')).toBe('for every £1 White employees earn, Asian employees earn 97p')
    expect(perPound(4, 'Not disabled', 'Disabled', 'disability')).toBe(
      'for every £1 not disabled employees earn, disabled employees earn 96p',
    )
  })
})

describe('pay gap groups as people', () => {
  it('names each group as people, capitals included', () => {
    expect(['Men', 'Women', 'White', 'Disabled', 'BAME'].map(groupAsPeople)).toEqual([
      'Men',
      'Women',
      'White employees',
      'Disabled employees',
      'BAME employees',
    ])
    expect(groupsCompared('White', 'Mixed', 'ethnicity')).toBe('Mixed employees compared with White employees')
    expect(groupsCompared('Men', 'Women', 'gender')).toBe('Women compared with men')
  })

  it('makes the possessive for labels such as "Women’s share"', () => {
    expect(possessive('Women')).toBe('Women’s')
    expect(possessive('Black employees')).toBe('Black employees’')
  })
})

describe('distributionLayout', () => {
  it('bins gaps in 5-point bins that include zero, and marks the median', () => {
    const layout = distributionLayout([1, 2, 3, 7, 12, -3])
    expect(layout.count).toBe(6)
    expect(layout.bars.map((b) => [b.x0, b.x1, b.count])).toEqual([
      [-5, 0, 1],
      [0, 5, 3],
      [5, 10, 1],
      [10, 15, 1],
    ])
    expect(layout.median?.value).toBe(2.5)
    const zeroTick = layout.xTicks.find((t) => t.value === 0)!
    expect(layout.median!.x).toBeGreaterThan(zeroTick.x)
  })

  it('draws nothing misleading for no data', () => {
    const layout = distributionLayout([])
    expect(layout.median).toBeUndefined()
    expect(layout.bars.every((b) => b.count === 0)).toBe(true)
  })
})

describe('every bar inside its axis', () => {
  it('puts the histogram’s top gridline at or above its tallest bar (645 reports in one bin)', () => {
    const layout = distributionLayout([...Array(645).fill(12), ...Array(40).fill(3)])
    const tallest = Math.max(...layout.bars.map((b) => b.count))
    expect(tallest).toBe(645)
    const top = layout.yTicks[layout.yTicks.length - 1]
    expect(top.value).toBeGreaterThanOrEqual(645)
    expect(Math.min(...layout.bars.map((b) => b.y))).toBeGreaterThanOrEqual(top.y)
  })

  it('puts a pay gap chart’s top gridline above a 17.8% bar', () => {
    const layout = signedBarLayout([
      { key: '2021', label: '2021-22', value: 12.1 },
      { key: '2022', label: '2022-23', value: 17.8 },
    ])
    const top = layout.ticks[layout.ticks.length - 1]
    expect(top.value).toBeGreaterThanOrEqual(17.8)
    expect(Math.min(...layout.bars.map((b) => b.y))).toBeGreaterThanOrEqual(top.y)
  })

  it('keeps negative bars above the lowest gridline', () => {
    const layout = signedBarLayout([{ key: 'a', label: 'A', value: -17.8 }])
    const bottom = layout.ticks[0]
    expect(bottom.value).toBeLessThanOrEqual(-17.8)
    expect(Math.max(...layout.bars.map((b) => b.y + b.height))).toBeLessThanOrEqual(bottom.y)
  })
})

describe('hasVisibleBars', () => {
  it('says a chart of only 0% gaps would be empty', () => {
    expect(hasVisibleBars([{ value: 0 }])).toBe(false)
    expect(hasVisibleBars([])).toBe(false)
    expect(hasVisibleBars([{ value: 0 }, { value: -0.4 }])).toBe(true)
  })
})

describe('signedBarLayout', () => {
  it('draws negative values below the zero line and positive above', () => {
    const layout = signedBarLayout([
      { key: 'a', label: 'A', value: 10 },
      { key: 'b', label: 'B', value: -5 },
    ])
    const [a, b] = layout.bars
    expect(a.y + a.height).toBeCloseTo(layout.zeroY)
    expect(b.y).toBeCloseTo(layout.zeroY)
    expect(a.height).toBeCloseTo(2 * b.height)
  })
})
