import { describe, expect, it } from 'vitest'
import { horizontalBarLayout, stageSeries, summariseStageSeries } from '../../site/lib/charts/stageSeries'

const stages = [
  { id: 'b', name: 'Second', order: 2 },
  { id: 'a', name: 'First', order: 1 },
]
const stageOf: Record<string, string> = { '1.1.1': 'a', '1.1.2': 'b', '1.1.3': 'b' }

describe('stageSeries', () => {
  it('counts commitments per stage in ladder order, split by status', () => {
    const series = stageSeries(
      stages,
      [
        { step: '1.1.2', status: 'planned' },
        { step: '1.1.3', status: 'complete' },
        { step: '1.1.3', status: 'planned' },
        { step: '9.9.9', status: 'planned' },
      ],
      (step) => stageOf[step],
    )
    expect(series).toEqual([
      { stage: 'a', label: 'First', total: 0, byStatus: {} },
      { stage: 'b', label: 'Second', total: 3, byStatus: { planned: 2, complete: 1 } },
    ])
  })

  it('summarises in one sentence', () => {
    expect(
      summariseStageSeries(
        'Org',
        stageSeries(stages, [], (s) => stageOf[s]),
      ),
    ).toBe('Org has no published commitments yet.')
    expect(
      summariseStageSeries(
        'Org',
        stageSeries(stages, [{ step: '1.1.1', status: 'planned' }], (s) => stageOf[s]),
      ),
    ).toBe('Org has 1 published commitment, at the "First" stage.')
    const two = stageSeries(
      stages,
      [
        { step: '1.1.2', status: 'planned' },
        { step: '1.1.3', status: 'planned' },
      ],
      (s) => stageOf[s],
    )
    expect(summariseStageSeries('Org', two)).toBe(
      'Org has 2 published commitments; most (2) are at the "Second" stage, and 1 of the 5 stages has none.',
    )
  })
})

describe('horizontalBarLayout', () => {
  it('starts every bar at zero and scales lengths linearly', () => {
    const layout = horizontalBarLayout(
      [
        { key: 'a', label: 'A', value: 2 },
        { key: 'b', label: 'B', value: 4 },
      ],
      600,
    )
    const [a, b] = layout.bars
    expect(a.x).toBe(layout.margin.left)
    expect(b.width).toBeCloseTo(2 * a.width)
    expect(b.x + b.width).toBe(600 - layout.margin.right)
    expect(b.y).toBeGreaterThan(a.y)
    expect(layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true)
  })

  it('draws empty data without dividing by zero', () => {
    const layout = horizontalBarLayout([{ key: 'a', label: 'A', value: 0 }])
    expect(layout.bars[0].width).toBe(0)
    expect(Number.isFinite(layout.ticks[0].x)).toBe(true)
  })
})
