import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { datasetSpecs } from '../../site/lib/datasets/registry'
import { COMMITMENT_CHANGE, DATASET_SHOWS, datasetShows, pathsToBuild, ROUTE_SCOPES } from '../../site/lib/buildScope'
import { CONTENT_COLLECTIONS, type ContentKey } from '../../site/loaders/contentCollections'
import { syntheticContent } from './syntheticContent'

/**
 * The table of what each page and dataset shows (site/lib/buildScope.ts) is
 * what an incremental build trusts to leave outputs untouched: it must name
 * every page, and what it says a dataset does not read must not change its rows.
 */
const pages = readdirSync('site/pages', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `${e.parentPath}/${e.name}`.replace(/^site\/pages\//, ''))
  .sort()

afterEach(() => {
  delete process.env.SITE_ONLY_ORGANISATIONS
})

describe('the build scope table', () => {
  it('declares every page of site/pages, and no page that is gone', () => {
    expect(Object.keys(ROUTE_SCOPES).sort()).toEqual(pages)
  })

  it('declares every dataset, and refuses one it does not know', () => {
    for (const spec of datasetSpecs(syntheticContent())) expect(datasetShows(spec.slug).length).toBeGreaterThan(0)
    expect(datasetShows('pay-gaps-2031')).toBe(DATASET_SHOWS['pay-gaps-<year>'])
    expect(() => datasetShows('a-dataset-nobody-declared')).toThrow(/not in DATASET_SHOWS/)
  })

  it('says truly what each dataset reads: emptying any content it does not name leaves its rows as they were', () => {
    const keys = Object.keys(CONTENT_COLLECTIONS) as ContentKey[]
    const base = syntheticContent()
    const undeclared: string[] = []
    for (const spec of datasetSpecs(base)) {
      const rows = JSON.stringify(spec.rows(base))
      for (const key of keys) {
        if (datasetShows(spec.slug).includes(key)) continue
        let without: string
        try {
          without = JSON.stringify(spec.rows(syntheticContent({ [key]: [] })))
        } catch {
          without = 'threw'
        }
        if (without !== rows) undeclared.push(`${spec.slug} reads ${key}`)
      }
    }
    expect(undeclared).toEqual([])
  })
})

describe('which paths a build renders', () => {
  const organisations = [{ slug: 'a' }, { slug: 'b' }]
  const bySlug = { organisation: (p: { slug: string }) => p.slug }

  it('renders every path in a full build', () => {
    expect(pathsToBuild('pay-gaps/[characteristic]/[year].astro', [1, 2])).toEqual([1, 2])
    expect(pathsToBuild('organisations/[slug].astro', organisations, bySlug)).toEqual(organisations)
  })

  it('after a commitment change, renders what shows commitments, and of an organisation’s pages only the changed one’s', () => {
    process.env.SITE_ONLY_ORGANISATIONS = 'b'
    expect(COMMITMENT_CHANGE).toContain('commitments')
    expect(pathsToBuild('organisations/[slug].astro', organisations, bySlug)).toEqual([{ slug: 'b' }])
    expect(pathsToBuild('organisations/[slug]/pay-gaps.astro', organisations, bySlug)).toEqual([])
    expect(pathsToBuild('pay-gaps/[characteristic]/[year].astro', [1, 2])).toEqual([])
    expect(pathsToBuild('plan/steps/[code].astro', [1, 2])).toEqual([1, 2])
    const datasets = [{ slug: 'commitments' }, { slug: 'pay-gaps-long' }, { slug: 'pay-gaps-2024' }]
    expect(pathsToBuild('data/[slug].csv.ts', datasets, { datasets: (d) => [d.slug] })).toEqual([{ slug: 'commitments' }])
  })

  it('refuses a page the table does not declare', () => {
    expect(() => pathsToBuild('a-new-page/[slug].astro', [1])).toThrow(/not in ROUTE_SCOPES/)
  })
})
