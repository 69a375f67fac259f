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
 *    history), builds the site from Payload as production does, measures pages,
 *    sizes and a first search in Chromium, then publishes one commitment with
 *    the rebuild on and times until the served site shows it.
 * BENCH_SKIP_IMPORT and BENCH_SKIP_UK_FILE leave out parts of stage 1.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { searchCosts } from './bench/firstSearchBytes'
import { writeSyntheticGpgFile } from './bench/syntheticGpgFile'
import { writeUkSizeGpgFile } from './bench/ukSizeGpgFile'

const sizes = (process.env.BENCH_SIZES ?? '1000,20000').split(',').map(Number)
const payGapYears = Number(process.env.BENCH_PAY_GAP_YEARS ?? 8)
const commitmentsPerOrganisation = Number(process.env.BENCH_COMMITMENTS ?? 2)
const root = resolve('.data/bench')
const importFiles = ['../shared/data/gpg/gpg_london_2022-23.csv', '../shared/data/gpg/gpg_london_2017-18.csv'].filter((f) => existsSync(f))

/**
 * Runs `npm run import` and returns the whole command's seconds, the import's own
 * seconds (after Payload has started; the command prints "took"), the CPU
 * seconds it used (robust when the machine is shared), rows read and peak memory.
 */
function timedImport(env: NodeJS.ProcessEnv, file: string) {
  const run = measured(['npm', 'run', '--silent', 'import', '--', 'gpg', file], env, 'ignore')
  return {
    ...run,
    rows: Number(/(\d+) rows read/.exec(run.stdout)?.[1] ?? 0),
    importSeconds: Number(/took ([\d.]+) s/.exec(run.stdout)?.[1] ?? run.seconds),
  }
}

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
  for (const file of importFiles) for (const run of ['first import', 'same file again']) record(file, run, timedImport(env, file))
  if (!process.env.BENCH_SKIP_UK_FILE) {
    const ukFile = resolve(root, 'gpg_uk_size_synthetic.csv')
    writeUkSizeGpgFile(importFiles[0]!, ukFile)
    record(ukFile, 'first import (UK size)', timedImport(freshDatabase('import-uk.db'), ukFile))
  }
  return lines
}

function walk(dir: string): Array<{ path: string; size: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? walk(path) : [{ path, size: statSync(path).size }]
  })
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const importLines = process.env.BENCH_SKIP_IMPORT ? [] : benchImports()
const results: string[] = []

/** Runs a command under python3, whose getrusage(RUSAGE_CHILDREN) gives the peak resident memory of the largest process below it. */
function measured(command: string[], env: NodeJS.ProcessEnv, stderr: 'inherit' | 'ignore' = 'inherit') {
  const started = Date.now()
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import resource,subprocess,sys; r=subprocess.run(sys.argv[1:]); u=resource.getrusage(resource.RUSAGE_CHILDREN); print("MAXRSS_KB", u.ru_maxrss); print("CPU_S", u.ru_utime+u.ru_stime); sys.exit(r.returncode)',
      ...command,
    ],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', stderr], maxBuffer: 64 * 1024 * 1024 },
  )
  const seconds = (Date.now() - started) / 1000
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${run.status}): ${run.stdout.slice(-2000)}`)
  return {
    seconds,
    stdout: run.stdout,
    peakKb: Number(/MAXRSS_KB (\d+)/.exec(run.stdout)?.[1] ?? 0),
    cpuSeconds: Number(/CPU_S ([\d.]+)/.exec(run.stdout)?.[1] ?? 0),
  }
}

if (importFiles.length === 0)
  console.log('Skipping the portal bench: its synthetic pay gap files are made from ../shared/data/gpg, which is absent.')
for (const size of importFiles.length === 0 ? [] : sizes) {
  if (!size) continue
  const dir = resolve(root, String(size))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const db = resolve(dir, 'portal.db')
  const env = { ...process.env, DATABASE_URI: `file:${db}`, SITE_DIST_DIR: resolve(dir, 'dist'), DISABLE_PAYLOAD_HMR: 'true' }
  console.log(
    `\n▶ ${size.toLocaleString('en-GB')} synthetic organisations, ${payGapYears} years of pay gap reports, ${commitmentsPerOrganisation} commitments each`,
  )
  const filling = Date.now()
  spawnSync('npm', ['run', '--silent', 'seed'], { env, stdio: 'ignore' })
  let payGapRows = 0
  let payGapSeconds = 0
  for (let y = 0; y < payGapYears; y++) {
    const file = resolve(dir, `gpg_synthetic_${2017 + y}.csv`)
    writeSyntheticGpgFile(importFiles[0]!, file, size, 2017 + y)
    const { importSeconds, cpuSeconds, rows, peakKb } = timedImport(env, file)
    payGapRows += rows
    payGapSeconds += importSeconds
    console.log(
      `  pay gap year ${2017 + y}: ${rows} rows in ${importSeconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} CPU s), peak ${mb(peakKb * 1024)}`,
    )
  }
  const fill = measured(['npm', 'run', '--silent', 'bench:commitments', '--', String(commitmentsPerOrganisation)], env, 'ignore')
  const [, commitments, commitmentSeconds] = /COMMITMENTS (\d+) in ([\d.]+)/.exec(fill.stdout) ?? []
  const fillSeconds = (Date.now() - filling) / 1000
  console.log(
    `  ${commitments} commitments (2 published versions each) in ${commitmentSeconds} s; database filled in ${fillSeconds.toFixed(0)} s`,
  )

  // Built from Payload, as production builds: no snapshot.
  const build = measured(['npm', 'run', '--silent', 'build:site'], { ...env, NODE_OPTIONS: '--max-old-space-size=12288' })
  process.stdout.write(
    build.stdout
      .split('\n')
      .filter((l) => l.startsWith('[site]'))
      .join('\n') + '\n',
  )
  const siteDir = resolve(dir, 'dist/site')
  const files = walk(siteDir)
  const pages = files.filter((f) => f.path.endsWith('.html')).length
  const indexBytes = files.filter((f) => f.path.includes('/pagefind/')).reduce((sum, f) => sum + f.size, 0)
  const siteBytes = files.reduce((sum, f) => sum + f.size, 0)
  const search = await searchCosts(siteDir, 'Synthetic organisation 00042', 'commitment')
  const publish = measured(
    ['npm', 'run', '--silent', 'bench:publish'],
    { ...env, SITE_REBUILD: 'on', SITE_REBUILD_DEBOUNCE_MS: '0' },
    'ignore',
  )
  const publishSeconds = /PUBLISH_TO_LIVE ([\d.]+)/.exec(publish.stdout)?.[1] ?? '?'
  const line =
    `| ${size.toLocaleString('en-GB')} | ${payGapRows.toLocaleString('en-GB')} in ${payGapSeconds.toFixed(0)} s (${(payGapRows / payGapSeconds).toFixed(0)}/s) | ${commitments} | ${pages.toLocaleString('en-GB')} | ` +
    `${build.seconds.toFixed(1)} s | ${(pages / build.seconds).toFixed(0)} | ${mb(build.peakKb * 1024)} | ${mb(indexBytes)} | first ${(search.first.bytes / 1024).toFixed(0)} KB (${(search.first.gzipped / 1024).toFixed(0)} KB gzipped) in ${search.first.requests} requests, later ${(search.later.bytes / 1024).toFixed(0)} KB (${(search.later.gzipped / 1024).toFixed(0)} KB gzipped) | ${mb(siteBytes)} | ${publishSeconds} s |`
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
  '| synthetic organisations | pay gap rows imported (rate) | commitments | HTML pages | build from Payload | pages/s | build peak memory | search index | first search downloads | site size | publish to live |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const line of results) console.log(line)
