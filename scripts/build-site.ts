/**
 * Builds the public site (Astro pages, datasets, Pagefind index) beside the live
 * one and swaps it into dist/site when complete, so a failed or half-done build
 * never replaces a working site. One build at a time: a lock file stops a second.
 *
 * Steps: record a release of each dataset whose content changed (before the
 * pages that list releases are rendered), the Astro build, the search index.
 *
 * `--organisations=a,b` builds incrementally: only those organisations' own
 * pages (profile, pay gaps, compare file) are rendered, every other
 * organisation's are copied from the live site, and every aggregate (lists,
 * counts, datasets, the search index) is built in full, so the result equals
 * a full build of the same data (test/int/incrementalBuild.int.test.ts). The
 * CMS asks for one only for changes that show on no other organisation's pages.
 *
 * A build for deployment (NODE_ENV=production, or `--deploy`) refuses to run
 * without SITE_URL: every dataset's metadata names the site's public address,
 * and a default of localhost would be published to harvesters; nor without
 * CMS_URL, which every page links (sign-in, library files, the report form).
 */
import { spawnSync } from 'node:child_process'
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { resolvePayloadSecret } from '../cms/secret'
import { config } from '../domain/config'
import { readSkippedRecords, SKIPPED_RECORDS_PATH, skippedRecordsFileFor, writeSkippedRecords } from '../site/loaders/skippedRecords'
import { describeSkipped } from '../site/loaders/validateRecords'
import { writeFilterList } from './search/pagefindFilterList'

// SITE_DIST_DIR lets tests and benchmarks build elsewhere without touching the dev site.
const dist = config.siteDistDir
const live = resolve(dist, 'site')
const staging = resolve(dist, `.site-staging-${process.pid}`)
const lockFile = resolve(dist, '.build.lock')
const skippedRecordsFile = skippedRecordsFileFor(staging)

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function takeLock(): boolean {
  mkdirSync(dist, { recursive: true })
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, 'utf8'))
    if (holder && processAlive(holder)) return false
    rmSync(lockFile, { force: true }) // left by a build that died
  }
  try {
    closeSync(openSync(lockFile, 'wx'))
    writeFileSync(lockFile, String(process.pid))
    return true
  } catch {
    return false
  }
}

/**
 * Published records the loaders left out because the site cannot show them
 * (site/loaders/validateRecords.ts): said in the build summary, and listed in
 * the built site for the CMS and curators to read.
 */
function reportSkippedRecords(): void {
  const skipped = readSkippedRecords(skippedRecordsFile)
  writeSkippedRecords(resolve(staging, SKIPPED_RECORDS_PATH), skipped)
  if (skipped.length === 0) return
  console.warn(
    `[site] ${skipped.length} published record${skipped.length === 1 ? '' : 's'} left out: the site cannot show ${skipped.length === 1 ? 'it' : 'them'} until corrected in the CMS (listed in /${SKIPPED_RECORDS_PATH}):`,
  )
  for (const record of skipped) console.warn(`[site]   ${describeSkipped(record)}`)
}

const organisationsArgument = process.argv.find((a) => a.startsWith('--organisations='))
const onlyOrganisations = organisationsArgument
  ? new Set(organisationsArgument.slice('--organisations='.length).split(',').filter(Boolean))
  : undefined

/**
 * The pages an incremental build did not render, copied from the live site:
 * every organisation of this build (its index, rendered in full) outside the
 * changed ones. An organisation no longer published is not in the index, so
 * its pages are not carried over.
 */
function carryOverOrganisationPages(only: ReadonlySet<string>): number {
  const index = JSON.parse(readFileSync(resolve(staging, 'organisations/index.json'), 'utf8')) as Array<{ s: string; p?: boolean }>
  let copied = 0
  for (const entry of index) {
    if (only.has(entry.s)) continue
    const files = [
      `organisations/${entry.s}/index.html`,
      ...(entry.p ? [`organisations/${entry.s}/pay-gaps/index.html`, `pay-gaps/compare/${entry.s}.json`] : []),
    ]
    for (const file of files) {
      const from = resolve(live, file)
      if (!existsSync(from)) throw new Error(`incremental build: the live site has no ${file}; run a full build.`)
      mkdirSync(dirname(resolve(staging, file)), { recursive: true })
      copyFileSync(from, resolve(staging, file))
      copied++
    }
  }
  return copied
}

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}); the live site is unchanged.`)
  console.log(`[site] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const deploying = config.production || process.argv.includes('--deploy')
if (deploying && !config.siteUrlGiven) {
  console.error(
    '[site] SITE_URL is not set. A production build publishes its public address in every data package, the DCAT catalogue and the dataset pages; set SITE_URL=https://… (the address the site is served from) and build again.',
  )
  process.exit(78)
}
if (deploying && !config.cmsUrlGiven) {
  console.error(
    '[site] CMS_URL is not set. Every page links the CMS (the sign-in link, the library’s files, and “Report a problem”, which posts to it); without CMS_URL they would point at http://localhost:3000 on every visitor’s own computer. Set CMS_URL=https://… (the address the CMS is served from) and build again.',
  )
  process.exit(78)
}

if (!takeLock()) {
  console.error('[site] another site build is running; not starting a second.')
  process.exit(75)
}
try {
  // Astro builds with NODE_ENV=production, where the CMS config insists on a
  // PAYLOAD_SECRET. Outside production, hand the build the development secret.
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' }
  env.PAYLOAD_SECRET ??= resolvePayloadSecret()
  rmSync(staging, { recursive: true, force: true })
  step('dataset releases', 'npx', ['tsx', 'scripts/record-releases.ts'], { ...env, DISABLE_PAYLOAD_HMR: 'true' })
  if (onlyOrganisations) {
    if (!existsSync(live)) throw new Error('incremental build: there is no live site to build on; run a full build.')
    step(`astro build (incremental: ${[...onlyOrganisations].join(', ')})`, 'npx', ['astro', 'build', '--silent'], {
      ...env,
      SITE_ONLY_ORGANISATIONS: [...onlyOrganisations].join(','),
    })
    const started = Date.now()
    const copied = carryOverOrganisationPages(onlyOrganisations)
    console.log(`[site] ${copied} pages of other organisations taken from the live site: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } else step('astro build', 'npx', ['astro', 'build', '--silent'], env)
  reportSkippedRecords()
  step('pagefind index', 'npx', ['pagefind', '--site', staging, '--silent'], env)
  const filterList = writeFilterList(resolve(staging, 'pagefind'))
  console.log(`[site] search filter list: ${Object.keys(filterList).length} groups (${Object.keys(filterList).join(', ')})`)
  const old = resolve(dist, `.site-old-${process.pid}`)
  if (existsSync(live)) renameSync(live, old)
  renameSync(staging, live)
  rmSync(old, { recursive: true, force: true })
  console.log(`[site] live at ${live}`)
} catch (error) {
  rmSync(staging, { recursive: true, force: true })
  console.error(`[site] ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  rmSync(skippedRecordsFile, { force: true })
  rmSync(lockFile, { force: true })
}
