import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FILTER_LIST_FILE, readFilterList, writeFilterList } from '../../scripts/search/pagefindFilterList'

// A small site indexed by the real Pagefind, filters marked as site/layouts/Base.astro marks them.
const page = (title: string, filters: string[]) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>` +
  filters.map((f) => `<span data-pagefind-filter="${f}" hidden></span>`).join('') +
  `<p>Some words about ${title}.</p></main></body></html>`

let site: string
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'filter-list-'))
  const pages: Record<string, string[]> = {
    'plan/steps/1-1-1': ['type:Plan step', 'priority:1. Labour market inequality'],
    'plan/steps/2-4-1': ['type:Plan step', 'priority:2. Financial hardship and living standards'],
    'organisations/tfl': ['type:Organisation', 'sector:GLA group', 'priority:1. Labour market inequality'],
    'library/toolkit': ['type:Resource', 'kind of resource:Guidance', 'theme:Recruitment', 'theme:Data'],
  }
  for (const [path, filters] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true })
    writeFileSync(join(site, path, 'index.html'), page(path, filters))
  }
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind would not start: ${errors.join('; ')}`)
  await index.addDirectory({ path: site })
  await index.writeFiles({ outputPath: join(site, 'pagefind') })
  await pagefind.close()
}, 60_000)
afterAll(() => rmSync(site, { recursive: true, force: true }))

describe('the search filter list read from the Pagefind index', () => {
  it('has every group and value of the index, with how many pages carry each', () => {
    expect(readFilterList(join(site, 'pagefind'))).toEqual({
      'kind of resource': { Guidance: 1 },
      priority: { '1. Labour market inequality': 2, '2. Financial hardship and living standards': 1 },
      sector: { 'GLA group': 1 },
      theme: { Data: 1, Recruitment: 1 },
      type: { Organisation: 1, 'Plan step': 2, Resource: 1 },
    })
  })

  it('is written beside the index as JSON', () => {
    const list = writeFilterList(join(site, 'pagefind'))
    expect(JSON.parse(readFileSync(join(site, 'pagefind', FILTER_LIST_FILE), 'utf8'))).toEqual(list)
  })

  it('says which file is not a Pagefind index rather than returning an empty list', () => {
    const notAnIndex = mkdtempSync(join(tmpdir(), 'not-pagefind-'))
    writeFileSync(join(notAnIndex, 'pagefind.en_0.pf_meta'), 'not gzip')
    expect(() => readFilterList(notAnIndex)).toThrow(/pagefind\.en_0\.pf_meta: not a Pagefind index file/)
    rmSync(notAnIndex, { recursive: true, force: true })
    expect(() => readFilterList(join(site, 'plan'))).toThrow(/expected one Pagefind meta file/)
  })
})
