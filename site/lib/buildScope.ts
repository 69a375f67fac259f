import { config } from '../../domain/config'
import type { ContentKey } from '../loaders/contentCollections'

/**
 * What each page and dataset of the site shows, in one table: the content
 * (keys of the content table, loaders/contentCollections.ts) its output is
 * made from. An incremental build (scripts/build-site.ts) renders only the
 * outputs that show changed content and takes every other output from the live
 * site, so the result equals a full build (test/int/incrementalBuild). Every
 * build checks that every route and dataset is declared here
 * (site/integrations/routeManifest.ts, `datasetShows`), so a new page or
 * dataset fails the build until it says what it shows, and cannot silently be
 * left stale.
 *
 * `everything` is the safe answer for a page that reads the whole portal.
 * Routes without parameters are rendered by every build (Astro renders a
 * static route unconditionally); declaring them keeps the table complete.
 */
type Shows = readonly ContentKey[] | 'everything'

export interface RouteScope {
  /** The content the route's pages show; for `perDataset` routes, see DATASET_SHOWS. */
  shows: Shows
  /** One page per organisation: an incremental build renders the changed organisations' only. */
  perOrganisation?: true
  /** One file per dataset (slug param): each dataset decides by what it shows (DATASET_SHOWS). */
  perDataset?: 'rows' | 'package'
}

/** Content an organisation's commitment change alters: the commitment, its status history and the release its datasets get. */
export const COMMITMENT_CHANGE: readonly ContentKey[] = ['commitments', 'statusChanges', 'datasetReleases']

const plan: ContentKey[] = ['stages', 'priorities', 'actions', 'steps']
const commitmentsOf: ContentKey[] = [...plan, 'organisations', 'commitments', 'statusChanges']

/** Keyed by the page file under site/pages, as Astro names a route's entrypoint. */
export const ROUTE_SCOPES: Record<string, RouteScope> = {
  '404.astro': { shows: [] },
  'about-the-data.astro': { shows: [] },
  'accessibility.astro': { shows: [] },
  'search.astro': { shows: [] },
  'index.astro': { shows: 'everything' },
  'coverage.astro': { shows: commitmentsOf },
  'case-studies/[slug].astro': { shows: [...plan, 'organisations', 'caseStudies'] },
  'case-studies/feed.xml.ts': { shows: ['caseStudies'] },
  'case-studies/index.astro': { shows: ['caseStudies'] },
  'data/[slug].csv.ts': { shows: [], perDataset: 'rows' },
  'data/[slug].json.ts': { shows: [], perDataset: 'rows' },
  // A data package bundles the datasets its keys lead to and lists the releases; the page lists releases and corrections.
  'data/[slug]/datapackage.json.ts': { shows: [], perDataset: 'package' },
  'data/[slug]/index.astro': { shows: [], perDataset: 'package' },
  'data/[slug]/releases/[release]/[file].csv.ts': { shows: ['datasetReleases'] },
  'data/catalog.jsonld.ts': { shows: 'everything' },
  'data/grants.360giving.json.ts': { shows: ['organisations', 'grants'] },
  'data/index.astro': { shows: 'everything' },
  'data/report-a-problem/thank-you.astro': { shows: [] },
  'data/templates/[template].csv.ts': { shows: [] },
  'data/templates/[template].schema.json.ts': { shows: [] },
  'data/templates/index.astro': { shows: [] },
  'funding/grants/[grant].astro': { shows: ['organisations', 'grants', 'corrections'] },
  'funding/grants/index.astro': { shows: ['organisations', 'grants', 'fundingApplications', 'fundingTargets'] },
  'funding/grants/index.json.ts': { shows: ['organisations', 'grants', 'fundingApplications', 'fundingTargets'] },
  'funding/grants/page/[page].astro': { shows: ['organisations', 'grants'] },
  'funding/index.astro': { shows: ['organisations', 'grants', 'fundingApplications', 'fundingTargets'] },
  // A resource's page names the organisations whose commitments cite it.
  'library/[slug].astro': { shows: [...commitmentsOf, 'resources', 'resourceFiles'] },
  'library/feed.xml.ts': { shows: ['organisations', 'resources'] },
  'library/index.astro': { shows: ['organisations', 'resources', 'resourceFiles'] },
  'organisations/[...formerSlug].astro': { shows: ['organisations'] },
  'organisations/[slug].astro': { shows: 'everything', perOrganisation: true },
  'organisations/[slug]/pay-gaps.astro': { shows: ['organisations', 'payGapReports', 'corrections'], perOrganisation: true },
  // Directory pages count each organisation's published commitments.
  'organisations/borough/[borough].astro': { shows: commitmentsOf },
  'organisations/index.astro': { shows: commitmentsOf },
  'organisations/index.json.ts': { shows: commitmentsOf },
  'organisations/page/[page].astro': { shows: commitmentsOf },
  'organisations/sector/[sector].astro': { shows: commitmentsOf },
  'pay-gaps/[characteristic]/[year].astro': { shows: ['organisations', 'payGapReports'] },
  'pay-gaps/[characteristic]/[year]/page/[page].astro': { shows: ['organisations', 'payGapReports'] },
  'pay-gaps/compare/[slug].json.ts': { shows: ['organisations', 'payGapReports'], perOrganisation: true },
  'pay-gaps/compare/index.astro': { shows: [] },
  'pay-gaps/index.astro': { shows: ['organisations', 'payGapReports'] },
  'plan/index.astro': { shows: commitmentsOf },
  'plan/steps/[code].astro': { shows: [...commitmentsOf, 'resources', 'caseStudies'] },
  'programme-tracker/feed.xml.ts': { shows: ['trackerActions', 'trackerChanges'] },
  'programme-tracker/index.astro': { shows: ['trackerActions', 'trackerChanges'] },
  'progress/city-indicators.astro': { shows: ['cityIndicators'] },
  'progress/index.astro': { shows: 'everything' },
  'progress/publication-duties.astro': { shows: ['organisations', 'equalityPublications'] },
  'progress/survey.astro': { shows: ['surveyResults'] },
}

/**
 * Outputs made by a build step rather than a page, keyed as the route manifest
 * lists them: the workbooks, written beside Astro (scripts/write-workbooks.ts).
 */
export const WORKBOOKS = 'data/[slug].xlsx'
export const STEP_SCOPES: Record<string, RouteScope> = {
  [WORKBOOKS]: { shows: [], perDataset: 'rows' },
}

const payGapRows: ContentKey[] = ['organisations', 'payGapReports']

/**
 * What each dataset's rows are read from (site/lib/datasets/registry.ts).
 * `pay-gaps-<year>` stands for each year's dataset.
 */
export const DATASET_SHOWS: Record<string, readonly ContentKey[]> = {
  // Counts each organisation's commitments, and a commitment counts only with its step published.
  organisations: [...plan, 'organisations', 'commitments'],
  commitments: commitmentsOf,
  'plan-steps': [...plan, 'organisations', 'commitments'],
  'commitment-status-history': commitmentsOf,
  returns: [...plan, 'organisations', 'returns', 'metrics'],
  metrics: [...plan, 'metrics'],
  'metric-answers': [...plan, 'organisations', 'returns', 'metrics'],
  'pay-gaps': payGapRows,
  'pay-gaps-long': payGapRows,
  'pay-gaps-<year>': payGapRows,
  'workforce-profiles': ['organisations', 'workforceProfiles'],
  grants: ['organisations', 'grants'],
  'funding-equity-measures': ['organisations', 'grants', 'fundingTargets'],
  'funding-application-success': ['organisations', 'grants', 'fundingApplications', 'fundingTargets'],
  'city-indicators': ['cityIndicators'],
  'survey-results': ['surveyResults'],
  'programme-indicators': [...commitmentsOf, 'grants', 'payGapReports'],
  'equality-publications': ['organisations', 'equalityPublications'],
  corrections: ['organisations', 'grants', 'corrections'],
}

/** What a dataset's rows show; a dataset missing from DATASET_SHOWS fails the build. */
export function datasetShows(slug: string): readonly ContentKey[] {
  const shows = DATASET_SHOWS[slug.replace(/^pay-gaps-\d{4}$/, 'pay-gaps-<year>')]
  if (!shows) throw new Error(`site/lib/buildScope.ts: dataset "${slug}" is not in DATASET_SHOWS; say what its rows are read from.`)
  return shows
}

/** Whether output made from `shows` changes when `changed` does. */
export function touches(shows: Shows, changed: ReadonlySet<ContentKey>): boolean {
  return shows === 'everything' || shows.some((key) => changed.has(key))
}

/** What this build renders: everything (a full build), or what an organisation's commitment change touches. */
export interface BuildScope {
  changed: ReadonlySet<ContentKey>
  organisations: ReadonlySet<string>
}

export function buildScope(): BuildScope | undefined {
  const organisations = config.siteOnlyOrganisations
  return organisations ? { changed: new Set(COMMITMENT_CHANGE), organisations } : undefined
}

export function routeScope(page: string): RouteScope {
  const scope = ROUTE_SCOPES[page]
  if (!scope) throw new Error(`site/lib/buildScope.ts: the page site/pages/${page} is not in ROUTE_SCOPES; say what it shows.`)
  return scope
}

/**
 * The paths of a route this build renders. A full build renders all of them;
 * an incremental one only those that show changed content: for an
 * organisation's route, the changed organisations' pages; for a dataset's, the
 * datasets whose rows (or package) show the change.
 */
export function pathsToBuild<T>(
  page: string,
  paths: T[],
  of: { organisation?: (path: T) => string; datasets?: (path: T) => readonly string[] } = {},
): T[] {
  const route = routeScope(page)
  // Checked in every build, so an undeclared dataset fails a full build too.
  const datasetsShow = of.datasets && ((path: T) => of.datasets!(path).flatMap((slug) => datasetShows(slug)))
  if (datasetsShow) paths.forEach(datasetsShow)
  const scope = buildScope()
  if (!scope) return paths
  // A dataset's releases and files change together: a release is recorded only when its rows change.
  if (datasetsShow) return paths.filter((path) => touches(datasetsShow(path), scope.changed))
  if (!touches(route.shows, scope.changed)) return []
  if (route.perOrganisation) {
    if (!of.organisation) throw new Error(`site/pages/${page} is per organisation: pass the organisation of each path.`)
    return paths.filter((path) => scope.organisations.has(of.organisation!(path)))
  }
  return paths
}
