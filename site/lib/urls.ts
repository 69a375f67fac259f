/**
 * Every address on the site, in one place, so that no page builds a path by hand
 * and the dataset URLs (a published promise to researchers) cannot drift.
 * Dataset family: /data/<slug>/ (page), /data/<slug>.csv, /data/<slug>.json,
 * /data/<slug>.xlsx, /data/<slug>/datapackage.json, and each release at
 * /data/<slug>/releases/<n>/<slug>.csv.
 */
export const urls = {
  home: () => '/',
  plan: () => '/plan/',
  priority: (priorityNumber: number | string) => `/plan/#priority-${priorityNumber}`,
  step: (code: string) => `/plan/steps/${stepParam(code)}/`,
  organisations: () => '/organisations/',
  organisationsPage: (page: number) => (page <= 1 ? '/organisations/' : `/organisations/page/${page}/`),
  organisationIndexJson: () => '/organisations/index.json',
  organisation: (slug: string) => `/organisations/${slug}/`,
  organisationPayGaps: (slug: string) => `/organisations/${slug}/pay-gaps/`,
  organisationsInSector: (sector: string) => `/organisations/sector/${sector}/`,
  organisationsInBorough: (borough: string) => `/organisations/borough/${borough}/`,
  coverage: () => '/coverage/',
  search: () => '/search/',
  /** Pagefind's browser module, and the filter list written beside its index at build time. */
  pagefindScript: () => '/pagefind/pagefind.js',
  searchFilterList: () => '/pagefind/filter-list.json',
  catalogue: () => '/data/',
  dataset: (slug: string) => `/data/${slug}/`,
  datasetCsv: (slug: string) => `/data/${slug}.csv`,
  datasetJson: (slug: string) => `/data/${slug}.json`,
  datasetXlsx: (slug: string) => `/data/${slug}.xlsx`,
  datapackage: (slug: string) => `/data/${slug}/datapackage.json`,
  /** A release's entry on its dataset's page. */
  datasetRelease: (slug: string, release: number) => `/data/${slug}/#release-${release}`,
  datasetReleaseCsv: (slug: string, release: number) => `/data/${slug}/releases/${release}/${slug}.csv`,
  reportProblemThanks: () => '/data/report-a-problem/thank-you/',
  templates: () => '/data/templates/',
  templateCsv: (slug: string) => `/data/templates/${slug}.csv`,
  templateSchema: (slug: string) => `/data/templates/${slug}.schema.json`,
  dcatCatalogue: () => '/data/catalog.jsonld',
  aboutTheData: () => '/about-the-data/',
  payGaps: () => '/pay-gaps/',
  library: () => '/library/',
  resource: (slug: string) => `/library/${slug}/`,
  libraryFeed: () => '/library/feed.xml',
  caseStudies: () => '/case-studies/',
  caseStudy: (slug: string) => `/case-studies/${slug}/`,
  caseStudiesFeed: () => '/case-studies/feed.xml',
  programmeTracker: () => '/programme-tracker/',
  programmeTrackerFeed: () => '/programme-tracker/feed.xml',
  funding: () => '/funding/',
  grants: () => '/funding/grants/',
  grantsIndexJson: () => '/funding/grants/index.json',
  grant: (grantId: string) => `/funding/grants/${grantSlug(grantId)}/`,
  grants360: () => '/data/grants.360giving.json',
  payGapCompare: () => '/pay-gaps/compare/',
  payGapCompareEntry: (slug: string) => `/pay-gaps/compare/${slug}.json`,
  payGapExplorer: (characteristic: string, year: number, page = 1) =>
    page === 1 ? `/pay-gaps/${characteristic}/${year}/` : `/pay-gaps/${characteristic}/${year}/page/${page}/`,
  accessibility: () => '/accessibility/',
  progress: () => '/progress/',
  cityIndicators: () => '/progress/city-indicators/',
  survey: () => '/progress/survey/',
  publicationDuties: () => '/progress/publication-duties/',
}

/** Step codes appear in addresses with hyphens: 1.1.4 <-> 1-1-4. */
export function stepParam(code: string): string {
  return code.replaceAll('.', '-')
}

export function stepCodeFromParam(param: string): string {
  return param.replaceAll('-', '.')
}

export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').toString()
}

/** A grant identifier as a path segment: 360G-ABCT-0065I000005BoDGQA044222 → 360g-abct-0065i000005bodgqa044222. */
export function grantSlug(grantId: string): string {
  return grantId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A web address from published data, only if it is one: never a javascript: or data: link. */
export function safeWebAddress(text: string | undefined | null): string | undefined {
  return text && /^https?:\/\/[^\s]+$/i.test(text.trim()) ? text.trim() : undefined
}
