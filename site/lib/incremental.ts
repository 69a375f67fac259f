import { config } from '../../domain/config'

/**
 * An incremental build renders only the changed organisations' own pages
 * (profile, pay gaps, compare file); the build script takes every other
 * organisation's from the live site, and renders every aggregate in full, so
 * the result equals a full build of the same data (test/int/incrementalBuild).
 * Only changes that show on their own organisation's pages and the aggregates
 * are built this way (scripts/site/incrementalScope.ts); anything else is a full build.
 */
export function organisationPathsToBuild<T>(paths: T[], slugOf: (path: T) => string): T[] {
  const only = config.siteOnlyOrganisations
  return only ? paths.filter((p) => only.has(slugOf(p))) : paths
}
