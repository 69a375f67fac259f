/**
 * London benchmarks the portal computes from published data it holds, never
 * typed in (issue 14, section 2). Pure functions over plain records, so the
 * build and the tests share them.
 */

/** The median of a list of numbers (the mean of the middle two for an even count); undefined for none. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export interface GenderPayGapForBenchmark {
  organisation: string
  /** Snapshot year of the report (2023 for 2023-24). */
  year: number
  /** The employer's reported median hourly gap in percent; null when withheld or not reported. */
  medianHourlyGap: number | null
}

export interface ComputedBenchmark {
  value: number
  /** How many figures the value is computed from. */
  count: number
  period: string
  source: string
}

/**
 * London employers' median gender pay gap for a snapshot year: the median of
 * the reported median hourly gaps of the London employers reporting that year,
 * one figure per employer (withheld or missing figures are left out, never
 * read as 0). `isLondonEmployer` decides which organisations count.
 */
export function londonMedianGenderPayGap(
  reports: GenderPayGapForBenchmark[],
  year: number,
  isLondonEmployer: (organisation: string) => boolean,
): { value: number; count: number } | undefined {
  const perEmployer = new Map<string, number>()
  for (const report of reports) {
    if (report.year !== year || report.medianHourlyGap === null || !isLondonEmployer(report.organisation)) continue
    if (!perEmployer.has(report.organisation)) perEmployer.set(report.organisation, report.medianHourlyGap)
  }
  const value = median([...perEmployer.values()])
  return value === undefined ? undefined : { value, count: perEmployer.size }
}
