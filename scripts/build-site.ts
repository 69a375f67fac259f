/**
 * Builds the public site (Astro pages, datasets, Pagefind index) beside the live
 * one and swaps it into dist/site when complete, so a failed or half-done build
 * never replaces a working site. One build at a time: a lock file stops a second.
 *
 * Steps: record a release of each dataset whose content changed (before the
 * pages that list releases are rendered), the Astro build with the workbooks
 * written beside it (site-build/workbooks.ts), the search index. The steps
 * share one read of the database (site/loaders/contentCache.ts).
 *
 * `--organisations=a,b` builds incrementally after a change to those
 * organisations' commitments: only the pages and datasets that show
 * commitments are rendered (of the per-organisation pages, those
 * organisations' only), as site/lib/buildScope.ts declares; every other file
 * is taken from the live site (site-build/carryOver.ts), and the search index is rebuilt once the pages
 * are live, so the result equals a full build of the same data
 * (test/int/incrementalBuild.int.test.ts). The CMS asks for one only for
 * commitment changes (cms/hooks/rebuildSite.ts).
 *
 * A build for deployment (NODE_ENV=production, or `--deploy`) refuses to run
 * without SITE_URL: every dataset's metadata names the site's public address,
 * and a default of localhost would be published to harvesters; nor without
 * CMS_URL, which every page links (sign-in, library files, the report form).
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { resolvePayloadSecret } from '../cms/secret'
import { config } from '../domain/config'
import { COMMITMENT_CHANGE } from '../site/lib/buildScope'
import { emptyContentCache } from '../site/loaders/contentCache'
import { readSkippedRecords, SKIPPED_RECORDS_PATH, skippedRecordsFileFor, writeSkippedRecords } from '../site/loaders/skippedRecords'
import { describeSkipped } from '../site/loaders/validateRecords'
import { writeFilterList } from './search/pagefindFilterList'
import { startCarryOver, takeRendered, type CarryOver } from './site-build/carryOver'
import { exited } from './site-build/exited'
import { startWorkbooks, takeWorkbooks, type Workbooks } from './site-build/workbooks'

// SITE_DIST_DIR lets tests and benchmarks build elsewhere without touching the dev site.
const dist = config.siteDistDir
const live = resolve(dist, 'site')
const staging = resolve(dist, `.site-staging-${process.pid}`)
const lockFile = resolve(dist, '.build.lock')
const skippedRecordsFile = skippedRecordsFileFor(staging)
const workbooksFolder = resolve(dist, `.workbooks-${process.pid}`)
const carryOverFolder = resolve(dist, `.site-carried-${process.pid}`)
/** What the build read from Payload, shared by its steps and by the incremental builds after it (site/loaders/contentCache.ts). */
const contentCache = resolve(dist, '.content-cache')

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
 * Published records the build's read left out because the site cannot show them
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
 * After an incremental build is live, the search index is rebuilt over the
 * live site into a new folder and swapped in; until then the previous index
 * (linked into the new site) serves, so search lags the page by the index
 * time. A full build indexes before it goes live.
 */
function refreshSearchIndex(env: NodeJS.ProcessEnv): void {
  const next = resolve(live, `.pagefind-${process.pid}`)
  const previous = resolve(live, `.pagefind-old-${process.pid}`)
  rmSync(next, { recursive: true, force: true })
  try {
    indexSearch(live, next, 'pagefind index (after the pages went live)', env)
  } catch (error) {
    rmSync(next, { recursive: true, force: true })
    throw new Error(
      `${(error as Error).message.replace(/; the live site is unchanged\.$/, '')}: the new pages are live and the previous search index still serves.`,
    )
  }
  renameSync(resolve(live, 'pagefind'), previous)
  renameSync(next, resolve(live, 'pagefind'))
  rmSync(previous, { recursive: true, force: true })
}

/** Pagefind's index of the pages in `site`, written to `output`, and the search's filter list beside it (scripts/search/pagefindFilterList.ts). */
function indexSearch(site: string, output: string, label: string, env: NodeJS.ProcessEnv): void {
  step(label, 'npx', ['pagefind', '--site', site, '--output-path', output, '--silent'], env)
  const filterList = writeFilterList(output)
  console.log(`[site] search filter list: ${Object.keys(filterList).length} groups (${Object.keys(filterList).join(', ')})`)
}

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}); the live site is unchanged.`)
  console.log(`[site] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** As `step`, leaving this process free meanwhile: an incremental build links the live files while Astro renders (site-build/carryOver.ts). */
async function stepBeside(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now()
  await exited(spawn(command, args, { stdio: 'inherit', env }), label)
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

let workbooks: Workbooks | undefined
let carryOver: CarryOver | undefined
if (!takeLock()) {
  console.error('[site] another site build is running; not starting a second.')
  process.exit(75)
}
try {
  // Astro builds with NODE_ENV=production, where the CMS config insists on a
  // PAYLOAD_SECRET. Outside production, hand the build the development secret.
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1', SITE_CONTENT_CACHE: contentCache }
  env.PAYLOAD_SECRET ??= resolvePayloadSecret()
  rmSync(staging, { recursive: true, force: true })
  // A full build reads everything from Payload afresh; an incremental one reuses the reads of the unchanged collections.
  if (!onlyOrganisations) emptyContentCache(contentCache)
  const scoped = onlyOrganisations ? { SITE_ONLY_ORGANISATIONS: [...onlyOrganisations].join(',') } : {}
  // A snapshot build (the benchmark) has no database to keep releases in; starting the step only to say so took 12-37 s.
  if (config.portalSnapshot) console.log('[site] releases: not recorded for a snapshot build')
  else {
    step('dataset releases', 'npx', ['tsx', 'scripts/record-releases.ts'], { ...env, ...scoped, DISABLE_PAYLOAD_HMR: 'true' })
    // The release step checked every kept read against Payload and refreshed what changed; Astro reuses them as they are.
    env.SITE_CONTENT_CACHE_VERIFIED = 'yes'
  }
  if (onlyOrganisations && !existsSync(live)) throw new Error('incremental build: there is no live site to build on; run a full build.')
  // First, as it refuses a live site it cannot build on before anything is started.
  carryOver = onlyOrganisations ? startCarryOver(live, carryOverFolder, new Set(COMMITMENT_CHANGE)) : undefined
  workbooks = startWorkbooks(workbooksFolder, { ...env, ...scoped })
  if (onlyOrganisations)
    await stepBeside(`astro build (incremental: ${[...onlyOrganisations].join(', ')})`, 'npx', ['astro', 'build', '--silent'], {
      ...env,
      ...scoped,
    })
  else step('astro build', 'npx', ['astro', 'build', '--silent'], env)
  await workbooks.done
  takeWorkbooks(workbooksFolder, staging)
  if (carryOver) {
    const linkedIn = await carryOver.linked
    const started = Date.now()
    const taken = takeRendered(staging, carryOver)
    console.log(
      `[site] ${taken} files the change does not touch taken from the live site: ${((Date.now() - started) / 1000).toFixed(1)} s after Astro (linked beside it in ${linkedIn.toFixed(1)} s)`,
    )
  }
  reportSkippedRecords()
  if (!onlyOrganisations) indexSearch(staging, resolve(staging, 'pagefind'), 'pagefind index', env)
  const old = resolve(dist, `.site-old-${process.pid}`)
  if (existsSync(live)) renameSync(live, old)
  renameSync(staging, live)
  // Live from the rename; removing the previous tree took 6 s at 1,000 organisations, so it is said first.
  console.log(`[site] live at ${live}`)
  rmSync(old, { recursive: true, force: true })
  if (onlyOrganisations) refreshSearchIndex(env)
} catch (error) {
  // Nothing the build started is left running or writing once it has failed.
  workbooks?.stop()
  await workbooks?.done.catch(() => undefined)
  carryOver?.stop()
  await carryOver?.linked.catch(() => undefined)
  rmSync(staging, { recursive: true, force: true })
  rmSync(workbooksFolder, { recursive: true, force: true })
  rmSync(carryOverFolder, { recursive: true, force: true })
  console.error(`[site] ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  rmSync(skippedRecordsFile, { force: true })
  rmSync(lockFile, { force: true })
}
