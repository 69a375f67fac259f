/**
 * Measures the site build at scale from a synthetic snapshot (labelled
 * synthetic: "Synthetic organisation NNNNN"): build time and peak memory, pages,
 * site size, the bytes the pay gap explorer ships per organisation, and what a
 * first and a later search download in Chromium.
 *
 *   npx tsx scripts/build-measure/measure.ts 1000 [outDir]
 *
 * The snapshot stands in for the database (PORTAL_SNAPSHOT), like the benchmark.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { syntheticSnapshot } from '../bench/syntheticSnapshot'
import { searchCosts } from '../bench/firstSearchBytes'

const size = Number(process.argv[2] ?? 1000)
const dir = resolve(process.argv[3] ?? `.data/build-measure/${size}`)
const payGapYears = Number(process.env.MEASURE_PAY_GAP_YEARS ?? 8)

function walk(root: string): Array<{ path: string; size: number }> {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const path = join(root, e.name)
    return e.isDirectory() ? walk(path) : [{ path, size: statSync(path).size }]
  })
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const snapshotFile = resolve(dir, 'snapshot.json')
const snapshot = syntheticSnapshot(JSON.parse(readFileSync('data/plan.json', 'utf8')), size, 10, payGapYears)
writeFileSync(snapshotFile, JSON.stringify(snapshot))

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
      NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=12288',
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
const sum = (test: (p: string) => boolean) => files.filter((f) => test(relative(siteDir, f.path))).reduce((s, f) => s + f.size, 0)
const siteBytes = sum(() => true)
const indexBytes = sum((p) => p.startsWith('pagefind/'))
const explorerBytes = sum((p) => p.startsWith('pay-gaps/') && !p.startsWith('pay-gaps/compare/'))
const compareIndexBytes = sum((p) => p.startsWith('pay-gaps/compare/'))
const datasetBytes = sum((p) => p.startsWith('data/'))
const employerPayGapBytes = sum((p) => /^organisations\/[^/]+\/pay-gaps\//.test(p))
// A publish: one commitment changes status, and the site rebuilds incrementally on top of the live one:
// incrementalLiveSeconds until its pages are live, incrementalSeconds until its search index is too.
const changed = snapshot.commitments![0]
changed.status = changed.status === 'planned' ? 'in-progress' : 'planned'
const changedSlug = snapshot.organisations!.find((o) => o.id === changed.organisation)!.slug
writeFileSync(snapshotFile, JSON.stringify(snapshot))
const incrementalStarted = Date.now()
// The pages are live when the build says so; it then refreshes the search index before it exits.
let liveSeconds = Number.NaN
const incremental = await new Promise<{ status: number | null; stdout: string }>((done) => {
  const child = spawn('npm', ['run', '--silent', 'build:site', '--', `--organisations=${changedSlug}`], {
    env: { ...process.env, PORTAL_SNAPSHOT: snapshotFile, SITE_DIST_DIR: resolve(dir, 'dist') },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (Number.isNaN(liveSeconds) && stdout.includes('[site] live at')) liveSeconds = (Date.now() - incrementalStarted) / 1000
  })
  child.on('close', (status) => done({ status, stdout }))
})
const incrementalSeconds = (Date.now() - incrementalStarted) / 1000
process.stdout.write(
  incremental.stdout
    .split('\n')
    .filter((l) => l.startsWith('[site]'))
    .join('\n') + '\n',
)
if (incremental.status !== 0) throw new Error(`incremental build failed (exit ${incremental.status})`)

const search = await searchCosts(siteDir, 'Synthetic organisation 00042', 'commitment')
console.log(
  JSON.stringify(
    {
      synthetic: true,
      organisations: size,
      seconds,
      incrementalLiveSeconds: liveSeconds,
      incrementalSeconds,
      peakMemory: mb(peakKb * 1024),
      pages,
      secondsPer1000Pages: (seconds / pages) * 1000,
      site: mb(siteBytes),
      siteBytesPerOrganisation: Math.round(siteBytes / size),
      searchIndex: mb(indexBytes),
      explorerBytesPerOrganisation: Math.round(explorerBytes / size),
      compareIndexBytesPerOrganisation: Math.round(compareIndexBytes / size),
      datasetBytesPerOrganisation: Math.round(datasetBytes / size),
      employerPayGapPageBytesPerOrganisation: Math.round(employerPayGapBytes / size),
      // Pagefind's files and the site's search script; KB of 1,024 bytes.
      searchKB: Object.fromEntries(
        Object.entries(search).map(([k, c]) => [
          k,
          { served: Math.round(c.bytes / 1024), gzipped: Math.round(c.gzipped / 1024), requests: c.requests },
        ]),
      ),
      pagefindMetaBytes: sum((p) => /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(p)),
      filterListBytes: sum((p) => p === 'pagefind/filter-list.json'),
    },
    null,
    2,
  ),
)
