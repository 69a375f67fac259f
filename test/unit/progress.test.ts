import { describe, expect, it } from 'vitest'
import { describeProgress, estimateProgress, formatDuration } from '../../domain/progress'

describe('progress of long work', () => {
  it('gives the rate and the time left at that rate', () => {
    const estimate = estimateProgress({ done: 500, total: 2_000, startedAt: 0, now: 2_000 })
    expect(estimate.rowsPerSecond).toBe(250)
    expect(estimate.secondsLeft).toBe(6)
  })

  it('says no time left without a total or before any row is done', () => {
    expect(estimateProgress({ done: 500, startedAt: 0, now: 1_000 }).secondsLeft).toBeUndefined()
    expect(estimateProgress({ done: 0, total: 10, startedAt: 0, now: 1_000 }).secondsLeft).toBeUndefined()
  })

  it('reads as rows, rate and time left', () => {
    expect(describeProgress({ done: 1_250, total: 2_978, startedAt: 0, now: 5_000 })).toBe(
      '1,250 of 2,978 rows, 250 rows/s, about 7 s left',
    )
    expect(describeProgress({ done: 1_000, startedAt: 0, now: 2_000 })).toBe('1,000 rows, 500 rows/s')
    expect(formatDuration(125)).toBe('2 min 05 s')
  })
})
