import { median } from 'd3'
import type { MeasuredValue } from '../../../domain/measured'

/**
 * An employer's figures beside London's and its sector's: the median of every
 * report that year comparing the same groups, with how many reports gave the
 * figure (withheld and unreported ones are not counted, never taken as 0).
 * Pure, for tests.
 */
export interface Benchmark {
  median: number | undefined
  /** reports that gave this figure */
  count: number
}

export const MEASURES = [
  { key: 'medianHourlyGap', label: 'Median hourly pay gap' },
  { key: 'meanHourlyGap', label: 'Mean hourly pay gap' },
  { key: 'medianBonusGap', label: 'Median bonus gap' },
  { key: 'meanBonusGap', label: 'Mean bonus gap' },
] as const
export type MeasureKey = (typeof MEASURES)[number]['key']

type Report = Record<MeasureKey, MeasuredValue>

export function benchmarkOf(reports: readonly Report[], key: MeasureKey): Benchmark {
  const values = reports.flatMap((r) => (r[key].status === 'reported' && r[key].value !== null ? [r[key].value as number] : []))
  return { median: median(values), count: values.length }
}

/**
 * The comparison a page leads with when an employer published several for one
 * characteristic and year (ethnicity often has one per group): the one its
 * publisher leads with (`publisherHeadline`, from the GLA's tables), else the
 * one with the largest headcount or, failing that, the first A to Z.
 */
export function headlineReport<R extends { comparisonGroup: string; headcount?: number | null; publisherHeadline?: boolean }>(
  reports: readonly R[],
): R | undefined {
  return [...reports].sort(
    (a, b) =>
      Number(Boolean(b.publisherHeadline)) - Number(Boolean(a.publisherHeadline)) ||
      (b.headcount ?? -1) - (a.headcount ?? -1) ||
      a.comparisonGroup.localeCompare(b.comparisonGroup, 'en-GB'),
  )[0]
}
