/**
 * How long a journey waits for the site to rebuild after a publish or import.
 * These tests check that the change reaches the site, not how fast: speed is
 * measured by `npm run bench`. A full rebuild takes one to two minutes on an
 * idle two-core machine and several when the machine is shared, so the wait is
 * generous and the test's own limit leaves room for the steps around it.
 */
export const SITE_REBUILD_WAIT_MS = 480_000
export const REBUILD_JOURNEY_TIMEOUT_MS = SITE_REBUILD_WAIT_MS + 180_000
