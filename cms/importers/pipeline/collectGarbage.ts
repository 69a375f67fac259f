/**
 * A full garbage collection every 500 rows, where the process exposes gc
 * (`npm run import` and the CMS that `npm start` runs are started with
 * --expose-gc). An import streams its file and its live heap stays flat
 * (111-114 MB measured), but V8 let garbage build up: a second year imported
 * into a database holding the first peaked at 755 MB resident, 452 MB when
 * collected every 500 rows (README, "Benchmark"). Capping the heap would do it
 * too, but would crash a large import instead. A collection of a heap this
 * size takes tens of milliseconds.
 */
const gc = (globalThis as { gc?: () => void }).gc
const COLLECT_EVERY_ROWS = 500

export function collectGarbageAt(row: number): void {
  if (gc && row % COLLECT_EVERY_ROWS === 0) gc()
}
