/**
 * `npm run bench`: the portal measured through its real pipeline, on a throwaway database.
 *
 * 1. Imports the real London Gender Pay Gap Service files (../shared/data/gpg)
 *    into a fresh SQLite database, twice each, then a UK-size file (about
 *    10,600 rows) made from them: rows per second and the import's peak memory.
 * 2. For each size (BENCH_SIZES=1000,20000): fills a fresh database through
 *    Payload (the plan, synthetic organisations "Synthetic organisation NNNNN"
 *    with BENCH_PAY_GAP_YEARS=8 years of pay gap reports imported by the real
 *    importer, and BENCH_COMMITMENTS=2 published commitments each with a status
 *    history; a 360Giving file of synthetic grants; library resources and case
 *    studies), builds the site from Payload as production does, measures pages,
 *    sizes and a first search in Chromium, then publishes one commitment with
 *    the rebuild on and times until the served site shows it.
 *    The build's stages (reading from Payload, Astro, datasets, Pagefind) are
 *    printed with their time and peak memory (scripts/bench/measureStages.ts).
 * BENCH_SKIP_IMPORT and BENCH_SKIP_UK_FILE leave out parts of stage 1.
 * BENCH_FILL_ONLY stops each size after filling its database; BENCH_REUSE_FILL
 * builds on a database an earlier run filled completely (its figures are kept
 * in filled.json beside it), so a 20,000-organisation fill need not be repeated.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { earlierFill, fillPortal } from './bench/fillPortal'
import { searchCosts } from './bench/firstSearchBytes'
import { measured, mb, timedImport } from './bench/measured'
import { measureStages } from './bench/measureStages'
import { writeUkSizeGpgFile } from './bench/ukSizeGpgFile'

const sizes = (process.env.BENCH_SIZES ?? '1000,20000').split(',').map(Number)
const payGapYears = Number(process.env.BENCH_PAY_GAP_YEARS ?? 8)
const commitmentsPerOrganisation = Number(process.env.BENCH_COMMITMENTS ?? 2)
const root = resolve('.data/bench')
const importFiles = ['../shared/data/gpg/gpg_london_2022-23.csv', '../shared/data/gpg/gpg_london_2017-18.csv'].filter((f) => existsSync(f))

/**
 * Imports each real file twice into a fresh database (the first run creates
 * everything, the second finds it unchanged), then a UK-size file made from
 * London's rows into another fresh database. Times include starting Payload.
 */
function benchImports(): string[] {
  const lines: string[] = []
  if (importFiles.length === 0) {
    console.log('Skipping import speed: ../shared/data/gpg is absent.')
    return lines
  }
  mkdirSync(root, { recursive: true })
  const freshDatabase = (name: string) => {
    const db = resolve(root, name)
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true })
    const env = { ...process.env, DATABASE_URI: `file:${db}` }
    spawnSync('npm', ['run', '--silent', 'seed'], { env, stdio: 'ignore' })
    return env
  }
  const record = (file: string, run: string, { seconds, importSeconds, cpuSeconds, rows, peakKb }: ReturnType<typeof timedImport>) => {
    const line =
      `| ${basename(file)} | ${run} | ${rows.toLocaleString('en-GB')} | ${seconds.toFixed(1)} s | ${importSeconds.toFixed(1)} s | ${(rows / importSeconds).toFixed(0)} | ` +
      `${cpuSeconds.toFixed(1)} s | ${(rows / cpuSeconds).toFixed(0)} | ${mb(peakKb * 1024)} |`
    console.log(line)
    lines.push(line)
  }
  const env = freshDatabase('import.db')
  for (const file of importFiles) for (const run of ['first import', 'same file again']) record(file, run, timedImport(env, 'gpg', file))
  if (!process.env.BENCH_SKIP_UK_FILE) {
    const ukFile = resolve(root, 'gpg_uk_size_synthetic.csv')
    writeUkSizeGpgFile(importFiles[0]!, ukFile)
    record(ukFile, 'first import (UK size)', timedImport(freshDatabase('import-uk.db'), 'gpg', ukFile))
  }
  return lines
}

function walk(dir: string): Array<{ path: string; size: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? walk(path) : [{ path, size: statSync(path).size }]
  })
}

const importLines = process.env.BENCH_SKIP_IMPORT ? [] : benchImports()
const results: string[] = []

if (importFiles.length === 0)
  console.log('Skipping the portal bench: its synthetic pay gap files are made from ../shared/data/gpg, which is absent.')
for (const size of importFiles.length === 0 ? [] : sizes) {
  if (!size) continue
  const dir = resolve(root, String(size))
  const env = {
    ...process.env,
    DATABASE_URI: `file:${resolve(dir, 'portal.db')}`,
    SITE_DIST_DIR: resolve(dir, 'dist'),
    DISABLE_PAYLOAD_HMR: 'true',
  }
  let fill = process.env.BENCH_REUSE_FILL ? earlierFill(dir) : undefined
  if (fill)
    console.log(
      `\n▶ ${size.toLocaleString('en-GB')} synthetic organisations: the database filled earlier (${fill.payGapYears} years of pay gap reports, ${fill.commitments} commitments; BENCH_REUSE_FILL)`,
    )
  else {
    console.log(
      `\n▶ ${size.toLocaleString('en-GB')} synthetic organisations, ${payGapYears} years of pay gap reports, ${commitmentsPerOrganisation} commitments each`,
    )
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    fill = fillPortal(dir, env, { organisations: size, payGapYears, commitmentsPerOrganisation, londonFile: importFiles[0]! })
  }
  if (process.env.BENCH_FILL_ONLY) continue
  rmSync(resolve(dir, 'dist'), { recursive: true, force: true })

  // Built from Payload, as production builds: no snapshot.
  const build = await measureStages('npm', ['run', '--silent', 'build:site'], { ...env, NODE_OPTIONS: '--max-old-space-size=12288' })
  const siteDir = resolve(dir, 'dist/site')
  const files = walk(siteDir)
  const pages = files.filter((f) => f.path.endsWith('.html')).length
  const indexBytes = files.filter((f) => f.path.includes('/pagefind/')).reduce((sum, f) => sum + f.size, 0)
  const siteBytes = files.reduce((sum, f) => sum + f.size, 0)
  console.log(
    `  build from Payload: ${build.seconds.toFixed(1)} s, ${(pages / build.seconds).toFixed(0)} pages/s, peak ${mb(build.peakBytes)} (largest process), ${mb(build.togetherPeakBytes)} (all its processes together)`,
  )
  for (const { stage, seconds, peakBytes } of build.stages) console.log(`    ${stage}: ${seconds.toFixed(1)} s, peak ${mb(peakBytes)}`)
  console.log(
    `  ${pages.toLocaleString('en-GB')} pages; site ${mb(siteBytes)} (${Math.round(siteBytes / size).toLocaleString('en-GB')} bytes per organisation), search index ${mb(indexBytes)}`,
  )
  const search = await searchCosts(siteDir, 'Synthetic organisation 00042', 'commitment')
  const searchCost = (cost: typeof search.first) =>
    `${(cost.bytes / 1024).toFixed(0)} KB (${(cost.gzipped / 1024).toFixed(0)} KB gzipped) in ${cost.requests} requests`
  console.log(`  first search: ${searchCost(search.first)}; later search: ${searchCost(search.later)}`)
  const publish = measured(
    ['npm', 'run', '--silent', 'bench:publish'],
    { ...env, SITE_REBUILD: 'on', SITE_REBUILD_DEBOUNCE_MS: '0' },
    'ignore',
  )
  const publishSeconds = /PUBLISH_TO_LIVE ([\d.]+)/.exec(publish.stdout)?.[1] ?? '?'
  const searchSeconds = /SEARCH_INDEX_LIVE ([\d.]+)/.exec(publish.stdout)?.[1] ?? '?'
  console.log(`  publish to live: ${publishSeconds} s (search index live at ${searchSeconds} s)`)
  const line =
    `| ${size.toLocaleString('en-GB')} | ${fill.payGapRows.toLocaleString('en-GB')} in ${fill.payGapSeconds.toFixed(0)} s (${(fill.payGapRows / fill.payGapSeconds).toFixed(0)}/s) | ${fill.commitments} | ${pages.toLocaleString('en-GB')} | ` +
    `${build.seconds.toFixed(1)} s | ${(pages / build.seconds).toFixed(0)} | ${mb(build.peakBytes)} (together ${mb(build.togetherPeakBytes)}) | ${mb(indexBytes)} | first ${searchCost(search.first)}, later ${searchCost(search.later)} | ${mb(siteBytes)} (${Math.round(siteBytes / size).toLocaleString('en-GB')} B/org) | ${publishSeconds} s (search ${searchSeconds} s) |`
  results.push(line)
  console.log(line)
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`)
if (importLines.length > 0) {
  console.log('| file | run | rows | whole command | import | rows/s | CPU time | rows per CPU s | peak memory |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const line of importLines) console.log(line)
}
console.log(
  '| synthetic organisations | pay gap rows imported (rate) | commitments | HTML pages | build from Payload | pages/s | build peak memory | search index | search downloads | site size | publish to live (search index) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const line of results) console.log(line)
