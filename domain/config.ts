import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'

/**
 * Every setting the portal reads from the environment, in one place (each is in
 * the README's Configuration table). Values are read when asked for, not when
 * this module loads, because tests and the e2e setup set variables after
 * importing code that depends on them.
 *
 * Paths are resolved from the working directory (npm scripts run from the
 * repository root) rather than from this file, whose location differs once Next
 * has bundled it; PORTAL_ROOT overrides that.
 */
const env = (name: string): string | undefined => {
  const value = process.env[name]
  return value === undefined || value === '' ? undefined : value
}

// Next can run with cms/ as its working directory; the repository root is then its parent.
const root = () => {
  const given = env('PORTAL_ROOT')
  if (given) return given
  const cwd = process.cwd()
  return basename(cwd) === 'cms' && existsSync(resolve(cwd, 'payload.config.ts')) ? dirname(cwd) : cwd
}
const fromRoot = (path: string) => resolve(root(), path)

export const config = {
  get production(): boolean {
    return process.env.NODE_ENV === 'production'
  },
  /** NODE_ENV as given: GraphQL's developer tools are on only for exactly "development". */
  get nodeEnv(): string | undefined {
    return env('NODE_ENV')
  },
  /** The password `npm run admin:create` gives the new administrator; there is no default. */
  get adminPassword(): string | undefined {
    return env('ADMIN_PASSWORD')
  },
  /** The variables that configure outgoing email (cms/email.ts reads their meaning). */
  get emailVariables(): Record<string, string | undefined> {
    const names = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'EMAIL_FROM', 'EMAIL_FROM_NAME', 'NODE_ENV']
    return Object.fromEntries(names.map((name) => [name, env(name)]))
  },
  get projectRoot(): string {
    return root()
  },
  /** Git-ignored working data: the development database, secret, uploads. */
  get dataDir(): string {
    return fromRoot('.data')
  },
  get migrationsDir(): string {
    return fromRoot('cms/migrations')
  },
  get databaseUri(): string | undefined {
    return env('DATABASE_URI')
  },
  get defaultSqlitePath(): string {
    return resolve(config.dataDir, 'fairer-city.db')
  },
  get payloadSecret(): string | undefined {
    return env('PAYLOAD_SECRET')
  },
  get cmsPort(): number {
    return Number(env('CMS_PORT') ?? 3000)
  },
  get sitePort(): number {
    return Number(env('SITE_PORT') ?? 4321)
  },
  /** The interface `npm start` binds. */
  get host(): string {
    return env('HOST') ?? '127.0.0.1'
  },
  /** The CMS's public address, for links from the site and Payload's serverURL. */
  get cmsUrl(): string {
    return env('CMS_URL') ?? `http://localhost:${config.cmsPort}`
  },
  /** Payload's serverURL: empty unless CMS_URL is set, so the admin works on whatever host serves it. */
  get cmsServerUrl(): string {
    return env('CMS_URL') ?? ''
  },
  get siteUrl(): string {
    return env('SITE_URL') ?? `http://localhost:${config.sitePort}`
  },
  /** Whether CMS_URL was given: a build for deployment links the admin, the library's files and the report form to it. */
  get cmsUrlGiven(): boolean {
    return env('CMS_URL') !== undefined
  },
  /** Whether SITE_URL was given: a build for deployment must name the public address its metadata states. */
  get siteUrlGiven(): boolean {
    return env('SITE_URL') !== undefined
  },
  /** An address people can write to about the data, published as the catalogue's contact point (optional). */
  get contactEmail(): string | undefined {
    return env('PORTAL_CONTACT_EMAIL')
  },
  /** Where `npm run build:site` writes; the live site is `<dir>/site`. */
  get siteDistDir(): string {
    return resolve(env('SITE_DIST_DIR') ?? fromRoot('dist'))
  },
  /** Set by the build script for Astro: the staging folder a build writes before it is swapped in. */
  get siteOutDir(): string {
    return env('SITE_OUT_DIR') ?? './dist/site'
  },
  /**
   * Set by the build script for an incremental build (`build:site -- --organisations=a,b`)
   * after those organisations' commitments changed: of the per-organisation pages only
   * theirs are rendered, of the rest only what shows commitments (site/lib/buildScope.ts);
   * every other file is taken from the live site.
   */
  get siteOnlyOrganisations(): ReadonlySet<string> | undefined {
    const slugs = env('SITE_ONLY_ORGANISATIONS')
    return slugs === undefined ? undefined : new Set(slugs.split(',').filter(Boolean))
  },
  /** Whether the CMS rebuilds the site after a publish (`npm start` and the e2e tests turn it on). */
  get siteRebuild(): boolean {
    return env('SITE_REBUILD') === 'on'
  },
  get siteRebuildDebounceMs(): number {
    return Number(env('SITE_REBUILD_DEBOUNCE_MS') ?? 1500)
  },
  get importUploadDir(): string {
    return resolve(env('IMPORT_UPLOAD_DIR') ?? resolve(config.dataDir, 'imports'))
  },
  get resourceUploadDir(): string {
    return resolve(env('RESOURCE_UPLOAD_DIR') ?? resolve(config.dataDir, 'resource-files'))
  },
  /** Where each dataset release's CSV is kept (the dataset-releases collection's files); back it up with the database. */
  get releaseUploadDir(): string {
    return resolve(env('RELEASE_UPLOAD_DIR') ?? resolve(config.dataDir, 'dataset-releases'))
  },
  /**
   * Set by the build script: the folder where a build keeps what it read from Payload, so its
   * release step and Astro read the database once, and an incremental build re-reads only the
   * collections that changed (site/loaders/contentCache.ts). Unset, every read goes to Payload.
   */
  get siteContentCacheDir(): string | undefined {
    const dir = env('SITE_CONTENT_CACHE')
    return dir === undefined ? undefined : resolve(dir)
  },
  /**
   * Set by the build script for Astro, after the release step has checked every kept read
   * against Payload and refreshed those that changed: Astro then reuses them without asking
   * Payload again (site/loaders/contentCache.ts).
   */
  get siteContentCacheVerified(): boolean {
    return env('SITE_CONTENT_CACHE_VERIFIED') === 'yes'
  },
  /** A JSON snapshot the site reads instead of the database (the benchmark's synthetic sites). */
  get portalSnapshot(): string | undefined {
    return env('PORTAL_SNAPSHOT')
  },
  /** Public reference data (shared/data/README.md), read rather than copied into the repository. */
  get referenceDataDir(): string {
    return resolve(env('REFERENCE_DATA_DIR') ?? fromRoot('../shared/data'))
  },
  get threeSixtyGivingDir(): string {
    return resolve(env('THREESIXTYGIVING_DIR') ?? resolve(config.referenceDataDir, '360giving'))
  },
  get ethnicityClassificationsFile(): string {
    return resolve(
      env('ETHNICITY_CLASSIFICATIONS_FILE') ??
        resolve(config.referenceDataDir, 'reference/ethnicity-classifications/classification_definitions.csv'),
    )
  },
  get censusEthnicityFile(): string {
    return resolve(env('CENSUS_ETHNICITY_FILE') ?? resolve(config.referenceDataDir, 'london/census2021-ethnicity/ethnicity21_ltla21.csv'))
  },
  /** mySociety's local authority register (uk_local_authorities_current.csv and lookup_name_to_registry.csv). */
  get localAuthoritiesDir(): string {
    return resolve(env('LOCAL_AUTHORITIES_DIR') ?? resolve(config.referenceDataDir, 'reference/local-authorities/mysociety'))
  },
  /** UK SIC 2007 (the register's hierarchy and Companies House's five-digit list). */
  get sicDir(): string {
    return resolve(env('SIC2007_DIR') ?? resolve(config.referenceDataDir, 'reference/sic2007'))
  },
  /** Census 2021 ethnic group for the London boroughs: the benchmark of workforce representation metrics. */
  get census2021EthnicityFile(): string {
    return resolve(
      env('CENSUS_2021_ETHNICITY_FILE') ??
        resolve(config.referenceDataDir, 'london/census2021-ethnicity/ethnicity21_ltla21_london-boroughs.csv'),
    )
  },
  get postcodeDistrictsFile(): string {
    return resolve(env('POSTCODE_DISTRICTS_FILE') ?? resolve(config.referenceDataDir, 'reference/postcode_districts_london_areas.csv'))
  },
}
