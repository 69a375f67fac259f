/**
 * `npm run bench`: first imports the real London Gender Pay Gap Service files
 * into a throwaway database and prints rows per second; then builds the site
 * from synthetic snapshots of 1,000 and 20,000 organisations (about 10
 * commitments and 8 years of pay gap reports each) and prints build time, pages
 * per second, peak memory, search index size and the bytes a first search downloads.
 * The snapshot stands in for the database (PORTAL_SNAPSHOT), so this measures
 * the site build, index and datasets, not Payload's read speed.
 * Sizes: BENCH_SIZES=1000,20000 (default).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { firstSearchBytes } from './bench/firstSearchBytes'
import { syntheticSnapshot } from './bench/syntheticSnapshot'
import { writeUkSizeGpgFile } from './bench/ukSizeGpgFile'

const sizes = (process.env.BENCH_SIZES ?? '1000,20000').split(',').map(Number)
const payGapYears = Number(process.env.BENCH_PAY_GAP_YEARS ?? 8)
const root = resolve('.data/bench')
const importFiles = ['../shared/data/gpg/gpg_london_2022-23.csv', '../shared/data/gpg/gpg_london_2017-18.csv'].filter((f) => existsSync(f))

/** Runs `npm run import` and returns its seconds, rows read and the import process's peak resident memory. */
function timedImport(env: NodeJS.ProcessEnv, file: string): { seconds: number; rows: number; peakKb: number } {
  const started = Date.now()
  // python3's getrusage(RUSAGE_CHILDREN) gives the peak resident memory of the largest process below it: the import's node.
  const result = spawnSync(
    'python3',
    [
      '-c',
      'import resource,subprocess,sys; r=subprocess.run(sys.argv[1:]); print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)',
      'npm',
      'run',
      '--silent',
      'import',
      '--',
      'gpg',
      file,
    ],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  )
  const seconds = (Date.now() - started) / 1000
  if (result.status !== 0) throw new Error(`import of ${file} failed (exit ${result.status}): ${result.stdout}`)
  return {
    seconds,
    rows: Number(/(\d+) rows read/.exec(result.stdout)?.[1] ?? 0),
    peakKb: Number(/MAXRSS_KB (\d+)/.exec(result.stdout)?.[1] ?? 0),
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
  const record = (file: string, run: string, { seconds, rows, peakKb }: ReturnType<typeof timedImport>) => {
    const line = `| ${basename(file)} | ${run} | ${rows.toLocaleString('en-GB')} | ${seconds.toFixed(1)} s | ${(rows / seconds).toFixed(0)} | ${mb(peakKb * 1024)} |`
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
const plan = JSON.parse(readFileSync('data/plan.json', 'utf8'))
const results: string[] = []

for (const size of sizes) {
  const dir = resolve(root, String(size))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const snapshotFile = resolve(dir, 'snapshot.json')
  const snapshot = syntheticSnapshot(plan, size, 10, payGapYears)
  writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const commitments = snapshot.commitments?.length ?? 0
  const reports = snapshot.payGapReports?.length ?? 0
  console.log(
    `\n▶ ${size.toLocaleString('en-GB')} organisations, ${commitments.toLocaleString('en-GB')} commitments, ${reports.toLocaleString('en-GB')} pay gap reports`,
  )

  // python3's getrusage(RUSAGE_CHILDREN) gives the peak resident memory of the largest process in the build.
  const started = Date.now()
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import resource,subprocess,sys; r=subprocess.run(["npm","run","--silent","build:site"]); print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)',
    ],
    {
      env: {
        ...process.env,
        PORTAL_SNAPSHOT: snapshotFile,
        SITE_DIST_DIR: resolve(dir, 'dist'),
        NODE_OPTIONS: '--max-old-space-size=12288',
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const seconds = (Date.now() - started) / 1000
  process.stdout.write(
    run.stdout
      .split('\n')
      .filter((l) => l.startsWith('[site]'))
      .join('\n') + '\n',
  )
  if (run.status !== 0) throw new Error(`build for ${size} organisations failed (exit ${run.status})`)
  const peakKb = Number(/MAXRSS_KB (\d+)/.exec(run.stdout)?.[1] ?? 0)

  const siteDir = resolve(dir, 'dist/site')
  const files = walk(siteDir)
  const pages = files.filter((f) => f.path.endsWith('.html')).length
  const indexBytes = files.filter((f) => f.path.includes('/pagefind/')).reduce((sum, f) => sum + f.size, 0)
  const siteBytes = files.reduce((sum, f) => sum + f.size, 0)
  const search = await firstSearchBytes(siteDir, 'Synthetic organisation 00042')
  const line =
    `| ${size.toLocaleString('en-GB')} | ${commitments.toLocaleString('en-GB')} | ${reports.toLocaleString('en-GB')} | ${pages.toLocaleString('en-GB')} | ${seconds.toFixed(1)} s | ` +
    `${(pages / seconds).toFixed(0)} | ${mb(peakKb * 1024)} | ${mb(indexBytes)} | ${(search.bytes / 1024).toFixed(0)} KB in ${search.requests} requests | ${mb(siteBytes)} |`
  results.push(line)
  console.log(line)
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`)
if (importLines.length > 0) {
  console.log('| file | run | rows | time (whole command) | rows/s | peak memory |')
  console.log('|---|---|---|---|---|---|')
  for (const line of importLines) console.log(line)
}
console.log(
  '| organisations | commitments | pay gap reports | HTML pages | build time | pages/s | peak memory | search index | first search downloads | site size |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const line of results) console.log(line)
