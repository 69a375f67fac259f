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
      'Org has 2 published commitments, both at the "Second" stage; 1 of the 2 stages has none.',
    )
  })

  const five = ['One', 'Two', 'Three', 'Four', 'Five'].map((name, i) => ({ id: name, name, order: i }))
  const spread = (...counts: number[]) =>
    stageSeries(
      five,
      counts.flatMap((n, i) => Array.from({ length: n }, () => ({ step: five[i].id, status: 'planned' }))),
      (step) => step,
    )

  it('names ties as ties, with plurals that agree', () => {
    expect(summariseStageSeries('Org', spread(1, 1, 1, 0, 0))).toBe(
      'Org has 3 published commitments. Three stages have one commitment each: "One", "Two" and "Three"; 2 of the 5 stages have none.',
    )
    expect(summariseStageSeries('Org', spread(2, 0, 2, 1, 1))).toBe(
      'Org has 6 published commitments. Two stages have 2 commitments each: "One" and "Three"; 1 of the 5 stages has none.',
    )
  })

  it('says "most" only of a majority', () => {
    expect(summariseStageSeries('Org', spread(3, 1, 0, 0, 0))).toBe(
      'Org has 4 published commitments; most (3) are at the "One" stage; 3 of the 5 stages have none.',
    )
    expect(summariseStageSeries('Org', spread(2, 1, 1, 1, 1))).toBe(
      'Org has 6 published commitments; more are at the "One" stage (2) than at any other.',
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

  it('ends its axis at or after the longest bar', () => {
    for (const longest of [7, 13, 23, 645]) {
      const layout = horizontalBarLayout([
        { key: 'a', label: 'A', value: longest },
        { key: 'b', label: 'B', value: 1 },
      ])
      const last = layout.ticks[layout.ticks.length - 1]
      expect(last.value).toBeGreaterThanOrEqual(longest)
      expect(layout.bars[0].x + layout.bars[0].width).toBeLessThanOrEqual(last.x + 1e-9)
    }
  })

  it('draws empty data without dividing by zero', () => {
    const layout = horizontalBarLayout([{ key: 'a', label: 'A', value: 0 }])
    expect(layout.bars[0].width).toBe(0)
    expect(Number.isFinite(layout.ticks[0].x)).toBe(true)
  })
})
