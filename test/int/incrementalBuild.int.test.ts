import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMITMENT_STATUSES } from '../../domain/vocabulary'
import { syntheticSnapshot } from '../../scripts/bench/syntheticSnapshot'

/**
 * Publishing rebuilds only what a change touches (issue 15, site/lib/buildScope.ts),
 * and the full build stays the source of truth: build a synthetic portal in
 * full, change one commitment, build incrementally on top of it, and compare
 * with a fresh full build of the changed data (pages, datasets, the route
 * manifest and the search index). Every file must be byte-equal, apart from the
 * build's own declared timestamps (BUILD_TIMESTAMPS below).
 */
const root = mkdtempSync(join(tmpdir(), 'fairer-city-incremental-'))
const plan = JSON.parse(readFileSync('data/plan.json', 'utf8'))
const before = syntheticSnapshot(plan, 12, 3, 2)
const after = structuredClone(before)
const changed = after.commitments![0]
changed.status = COMMITMENT_STATUSES.find((s) => s.value !== changed.status)!.value
const changedSlug = after.organisations!.find((o) => o.id === changed.organisation)!.slug

/**
 * What a build stamps with its own time, the only differences allowed: the
 * feedback form's start time (site/components/RecordFeedback.astro, its
 * anti-spam timer) and an empty feed's <updated> (site/lib/atomFeed.ts). XLSX
 * files are zip archives whose entries carry the time they were written, so
 * they are compared entry by entry.
 */
const BUILD_TIMESTAMPS: RegExp[] = [/(name="started_at" value=")\d+/g, /(<feed[^]*?<updated>)[^<]+/]

function build(name: string, snapshot: unknown, args: string[] = [], dist = join(root, name)) {
  mkdirSync(dist, { recursive: true })
  const file = join(root, `${name}.json`)
  writeFileSync(file, JSON.stringify(snapshot))
  const result = spawnSync('npm', ['run', '--silent', 'build:site', '--', ...args], {
    env: { ...process.env, PORTAL_SNAPSHOT: file, SITE_DIST_DIR: dist },
    encoding: 'utf8',
    timeout: 600_000,
  })
  expect(result.status, `${name}: ${result.stdout}\n${result.stderr}`).toBe(0)
  return { dist, output: result.stdout }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

const normalised = (text: Buffer) => BUILD_TIMESTAMPS.reduce((t, pattern) => t.replace(pattern, '$1<build time>'), text.toString('latin1'))

async function sameContent(file: string, x: Buffer, y: Buffer): Promise<boolean> {
  if (x.equals(y)) return true
  if (!file.endsWith('.xlsx')) return normalised(x) === normalised(y)
  const [a, b] = await Promise.all([JSZip.loadAsync(x), JSZip.loadAsync(y)])
  const names = Object.keys(a.files).sort()
  if (names.join() !== Object.keys(b.files).sort().join()) return false
  for (const name of names) if ((await a.file(name)?.async('string')) !== (await b.file(name)?.async('string'))) return false
  return true
}

/** Where two texts first differ, for the failure message. */
function firstDifference(x: Buffer, y: Buffer): string {
  const [a, b] = [normalised(x), normalised(y)]
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`
}

/**
 * Files a commitment change does not touch (site/lib/buildScope.ts), which the
 * incremental build must take from the live site rather than render, and
 * files it touches, which it must render anew: told apart by inode, since
 * taken files are hard links to the live ones.
 */
const UNTOUCHED = [
  'data/pay-gaps.xlsx',
  'data/pay-gaps-2017.csv',
  'pay-gaps/gender/2017/index.html',
  `pay-gaps/compare/${changedSlug}.json`,
]
const TOUCHED = ['data/commitments.csv', 'data/commitments.xlsx', 'plan/index.html']
const inode = (dist: string, file: string) => statSync(join(dist, 'site', file)).ino

let pageBefore: string
let inodesBefore: Map<string, number>
let incremental: { dist: string; output: string }
let full: { dist: string; output: string }
beforeAll(() => {
  build('incremental', before)
  pageBefore = readFileSync(join(root, 'incremental/site/organisations', changedSlug, 'index.html'), 'utf8')
  inodesBefore = new Map(
    [...UNTOUCHED, ...TOUCHED, `organisations/${changedSlug}/index.html`].map((f) => [f, inode(join(root, 'incremental'), f)]),
  )
  incremental = build('incremental', after, [`--organisations=${changedSlug}`], join(root, 'incremental'))
  full = build('full', after)
}, 1_800_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('an incremental build', () => {
  it('renders only what the change touches and takes the rest from the live site', () => {
    expect(incremental.output).toMatch(/astro build \(incremental: /)
    const taken = /\[site\] (\d+) files the change does not touch taken from the live site/.exec(incremental.output)
    expect(Number(taken?.[1])).toBeGreaterThan(0)
    for (const file of UNTOUCHED) expect(inode(incremental.dist, file), `${file} taken from the live site`).toBe(inodesBefore.get(file))
    for (const file of [...TOUCHED, `organisations/${changedSlug}/index.html`])
      expect(inode(incremental.dist, file), `${file} rendered anew`).not.toBe(inodesBefore.get(file))
  })

  it('makes the pages live before it refreshes the search index, which then equals a full build’s', () => {
    expect(incremental.output.indexOf('[site] live at')).toBeLessThan(
      incremental.output.indexOf('[site] pagefind index (after the pages went live)'),
    )
    expect(files(join(incremental.dist, 'site/pagefind'))).toEqual(files(join(full.dist, 'site/pagefind')))
  })

  it('equals a fresh full build of the same data, file for file and byte for byte', async () => {
    const a = join(incremental.dist, 'site')
    const b = join(full.dist, 'site')
    expect(files(a)).toEqual(files(b))
    const different: string[] = []
    for (const f of files(b)) {
      const x = readFileSync(join(a, f))
      const y = readFileSync(join(b, f))
      if (!(await sameContent(f, x, y))) different.push(f)
    }
    const detail = different.filter((f) => !f.endsWith('.xlsx')).slice(0, 3)
    expect(different, detail.map((f) => `${f} ${firstDifference(readFileSync(join(a, f)), readFileSync(join(b, f)))}`).join('\n')).toEqual(
      [],
    )
  })

  it('writes a workbook for every dataset but the long pay gap table, which would pass a worksheet’s rows', () => {
    const workbooks = files(join(full.dist, 'site/data')).filter((f) => f.endsWith('.xlsx'))
    expect(workbooks).toContain('pay-gaps.xlsx')
    expect(workbooks).not.toContain('pay-gaps-long.xlsx')
    expect(workbooks.length).toBe(files(join(full.dist, 'site/data')).filter((f) => /^[^/]+\.csv$/.test(f)).length - 1)
  })

  it('shows the change on the organisation’s page', () => {
    const page = readFileSync(join(incremental.dist, 'site/organisations', changedSlug, 'index.html'), 'utf8')
    expect(page).not.toBe(pageBefore)
  })
})
