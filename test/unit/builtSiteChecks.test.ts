import { describe, expect, it } from 'vitest'
import { toCsv } from '../../site/lib/csv'
import { dcatCatalogue } from '../../site/lib/datasets/dcat'
import { summariseRows } from '../../site/lib/datasets/summaries'
import { dataPackage, schemaOrgDataset } from '../../site/lib/datasets/metadata'
import { datasetSpecs, referencedDatasets } from '../../site/lib/datasets/registry'
import { checkBuiltSite } from '../support/builtSiteChecks'
import { dcatShapesPresent } from '../support/dcatShapes'
import { syntheticContent } from './syntheticContent'

/**
 * The checks run on a built site (test/support/builtSiteChecks.ts, used by the
 * e2e open-data test and to audit a real-data build) find what they look for:
 * a clean made-up site passes, and a loopback address, a broken package or a
 * catalogue missing a mandatory property is reported.
 */
const site = new URL('https://data.example.org')
const content = syntheticContent()
const specs = datasetSpecs(content)
const entries = specs.map((spec) => ({ spec, summary: summariseRows(spec, spec.rows(content)), releases: [] }))

/** The files a build writes, by path: the catalogue, each dataset's page (its JSON-LD), package and CSV. */
function builtFiles(): Map<string, string> {
  const files = new Map<string, string>([['/data/catalog.jsonld', JSON.stringify(dcatCatalogue(entries, site))]])
  for (const spec of specs) {
    const bundle = [spec, ...referencedDatasets(spec, specs)].map((d) => ({ spec: d, rows: d.rows(content) }))
    files.set(`/data/${spec.slug}/datapackage.json`, JSON.stringify(dataPackage(bundle, site)))
    files.set(
      `/data/${spec.slug}/`,
      `<html><script type="application/ld+json">${JSON.stringify(schemaOrgDataset(spec, spec.rows(content), site))}</script></html>`,
    )
    files.set(
      `/data/${spec.slug}.csv`,
      toCsv(
        spec.fields.map((f) => f.name),
        spec.rows(content),
      ),
    )
  }
  return files
}

const reader = (files: Map<string, string>) => async (path: string) => {
  const text = files.get(path)
  if (text === undefined) throw new Error(`not built: ${path}`)
  return text
}

describe.runIf(dcatShapesPresent)('the checks on a built site', () => {
  it('pass a clean build', { timeout: 120_000 }, async () => {
    const report = await checkBuiltSite(reader(builtFiles()), site.href)
    expect(report).toMatchObject({
      datasets: specs.length,
      packagesValid: specs.length,
      packageProblems: [],
      shaclViolations: [],
      loopbackAddresses: [],
    })
  })

  it('report a loopback address, a broken package and a catalogue missing a mandatory property', { timeout: 120_000 }, async () => {
    const files = builtFiles()
    const organisations = files.get('/data/organisations/datapackage.json')!
    files.set(
      '/data/organisations/datapackage.json',
      organisations.replace('"homepage":"https://data.example.org', '"homepage":"http://localhost:4321'),
    )
    files.set('/data/plan-steps.csv', files.get('/data/plan-steps.csv')!.replace(/^[^\n]*/, 'not,the,header'))
    const catalogue = JSON.parse(files.get('/data/catalog.jsonld')!) as { 'dcat:dataset': Array<Record<string, unknown>> }
    delete catalogue['dcat:dataset'][0]['dct:description']
    files.set('/data/catalog.jsonld', JSON.stringify(catalogue))
    const report = await checkBuiltSite(reader(files), site.href)
    expect(report.loopbackMentions).toEqual({ '/data/organisations/datapackage.json': 1 })
    expect(report.loopbackAddresses).toEqual(['http://localhost:4321/data/organisations/'])
    expect(report.packageProblems.some((p) => p.includes('plan-steps') && p.includes('header'))).toBe(true)
    expect(report.packagesValid).toBeLessThan(specs.length)
    expect(report.shaclViolations.some((v) => v.includes('description'))).toBe(true)
  })
})
