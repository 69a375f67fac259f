import { describe, expect, it } from 'vitest'
import { coveredMs, stageTimingLines, timedStage } from '../../site/lib/buildTimings'

describe('build stage timings', () => {
  it('counts time covered by overlapping calls once, and gaps between calls not at all', () => {
    expect(coveredMs([])).toBe(0)
    expect(
      coveredMs([
        [0, 10],
        [5, 15],
        [12, 14],
      ]),
    ).toBe(15)
    expect(
      coveredMs([
        [20, 30],
        [0, 10],
      ]),
    ).toBe(20)
  })

  it('prints each timed stage in the line the benchmark reads, with the time of concurrent calls as their span', async () => {
    // Each call's own duration, to compare with: counted one after the other they would add up.
    const wait = async (ms: number) => {
      const started = performance.now()
      await new Promise((resolve) => setTimeout(resolve, ms))
      return performance.now() - started
    }
    const own = await Promise.all([timedStage('test stage', () => wait(120)), timedStage('test stage', () => wait(120))])
    const line = stageTimingLines().find((l) => l.startsWith('[site] test stage:'))
    const [, seconds, peak] = /^\[site\] test stage: ([\d.]+) s, peak (\d+) MB$/.exec(line ?? '') ?? []
    expect(Number(seconds)).toBeGreaterThanOrEqual(0.1)
    expect(Number(seconds)).toBeLessThan((own[0]! + own[1]!) / 1000)
    expect(Number(peak)).toBeGreaterThan(0)
  })
})
