import { describe, expect, it } from 'vitest'
import { signedBarLayout } from '../../site/lib/charts/signedBars'
import { distributionLayout } from '../../site/lib/payGaps/distribution'
import { formatMeasured } from '../../domain/measured'
import { perPound } from '../../site/lib/payGaps/format'

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
    expect(perPound(gap, 'Men', 'Women')).toBe(text)
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
