import { processWide } from './processWide'

/**
 * Time spent in parts of the Astro build that are not a route of their own:
 * reading from Payload (lib/readContent.ts, which reads the collections concurrently) and
 * the dataset downloads. Each stage's time is the union of the intervals its
 * calls ran in, so concurrent reads are not counted twice. Printed when the
 * build ends (astro.config.mjs) as "[site] <stage>: <seconds> s, peak <MB> MB",
 * the line the benchmark reads; the peak is the build process's largest resident
 * memory by the end of the stage (exact for reading, which comes first). Kept on globalThis because routes run from Astro's bundled
 * output while the integration that prints runs from source: two copies of
 * this module, one process.
 */
type Interval = [start: number, end: number]
type Timing = { spans: Interval[]; peakKb: number }

const timings = processWide('build-timings', () => new Map<string, Timing>())

export async function timedStage<T>(stage: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    const timing = timings().get(stage) ?? { spans: [], peakKb: 0 }
    timing.spans.push([started, performance.now()])
    timing.peakKb = Math.max(timing.peakKb, process.resourceUsage().maxRSS)
    timings().set(stage, timing)
  }
}

/** The time covered by at least one of the intervals. */
export function coveredMs(spans: readonly Interval[]): number {
  let covered = 0
  let reach = -Infinity
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue
    covered += end - Math.max(start, reach)
    reach = end
  }
  return covered
}

/** Each stage's time, as lines; empty when nothing was timed. */
export function stageTimingLines(): string[] {
  return [...timings()].map(
    ([stage, { spans, peakKb }]) => `[site] ${stage}: ${(coveredMs(spans) / 1000).toFixed(1)} s, peak ${(peakKb / 1024).toFixed(0)} MB`,
  )
}
