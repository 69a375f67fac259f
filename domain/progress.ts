/**
 * How far a long task has got, said the same way on the terminal and in the
 * admin's Imports page: rows done (of how many, when known), the rate, and
 * the time left at that rate.
 */
export interface ProgressSample {
  done: number
  /** Undefined while the total is not known (a file still being read). */
  total?: number
  /** When the phase began and now, in milliseconds. */
  startedAt: number
  now: number
}

export interface ProgressEstimate {
  rowsPerSecond: number
  /** Undefined without a total, or before any row is done. */
  secondsLeft?: number
}

export function estimateProgress({ done, total, startedAt, now }: ProgressSample): ProgressEstimate {
  const seconds = Math.max(now - startedAt, 1) / 1000
  const rowsPerSecond = done / seconds
  if (total === undefined || done <= 0 || rowsPerSecond <= 0) return { rowsPerSecond }
  return { rowsPerSecond, secondsLeft: Math.max(total - done, 0) / rowsPerSecond }
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  const minutes = Math.floor(whole / 60)
  return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`
}

/** "1,250 of 2,978 rows, 412 rows/s, about 4 s left". */
export function describeProgress(sample: ProgressSample): string {
  const { rowsPerSecond, secondsLeft } = estimateProgress(sample)
  const rows = `${sample.done.toLocaleString('en-GB')}${sample.total === undefined ? '' : ` of ${sample.total.toLocaleString('en-GB')}`} rows`
  const rate = `${Math.round(rowsPerSecond).toLocaleString('en-GB')} rows/s`
  return secondsLeft === undefined ? `${rows}, ${rate}` : `${rows}, ${rate}, about ${formatDuration(secondsLeft)} left`
}
