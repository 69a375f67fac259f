/**
 * `npm run bench`: builds the site from synthetic snapshots of 1,000 and 20,000
 * organisations (about 10 commitments each) and prints build time, pages per
 * second, peak memory, search index size and the bytes a first search downloads.
 * The snapshot stands in for the database (PORTAL_SNAPSHOT), so this measures
 * the site build, index and datasets, not Payload's read speed.
 * Sizes: BENCH_SIZES=1000,20000 (default).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { firstSearchBytes } from './bench/firstSearchBytes'
import { syntheticSnapshot } from './bench/syntheticSnapshot'

const sizes = (process.env.BENCH_SIZES ?? '1000,20000').split(',').map(Number)
const root = resolve('.data/bench')

function walk(dir: string): Array<{ path: string; size: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? walk(path) : [{ path, size: statSync(path).size }]
  })
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const plan = JSON.parse(readFileSync('data/plan.json', 'utf8'))
const results: string[] = []

for (const size of sizes) {
  const dir = resolve(root, String(size))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const snapshotFile = resolve(dir, 'snapshot.json')
  const snapshot = syntheticSnapshot(plan, size)
  writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const commitments = snapshot.collections.commitments.length
  console.log(`\n▶ ${size.toLocaleString('en-GB')} organisations, ${commitments.toLocaleString('en-GB')} commitments`)

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
    `| ${size.toLocaleString('en-GB')} | ${commitments.toLocaleString('en-GB')} | ${pages.toLocaleString('en-GB')} | ${seconds.toFixed(1)} s | ` +
    `${(pages / seconds).toFixed(0)} | ${mb(peakKb * 1024)} | ${mb(indexBytes)} | ${(search.bytes / 1024).toFixed(0)} KB in ${search.requests} requests | ${mb(siteBytes)} |`
  results.push(line)
  console.log(line)
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`)
console.log(
  '| organisations | commitments | HTML pages | build time | pages/s | peak memory | search index | first search downloads | site size |',
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const line of results) console.log(line)
