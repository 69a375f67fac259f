import { describe, expect, it } from 'vitest'
import { dcatCatalogue } from '../../site/lib/datasets/dcat'
import { summariseRows } from '../../site/lib/datasets/summaries'
import { schemaOrgDataset } from '../../site/lib/datasets/metadata'
import { datasetSpecs } from '../../site/lib/datasets/registry'
import { SHAPE_SETS, dcatShapesPresent, describeResult, validateCatalogue } from '../support/dcatShapes'
import { syntheticContent } from './syntheticContent'

/**
 * The DCAT catalogue against the DCAT-AP 3.0.1 SHACL shapes themselves
 * (../shared/data/dcat/dcat-ap-3.0.1/), run in Node by rdf-validate-shacl on
 * the catalogue expanded by jsonld: zero violations, printed one per line when
 * there are any.
 */
const site = new URL('https://data.example.org')
const content = syntheticContent()
const entries = datasetSpecs(content).map((spec) => ({
  spec,
  summary: summariseRows(spec, spec.rows(content)),
  releases: content.releasesByDataset.get(spec.slug) ?? [],
}))
const catalogue = dcatCatalogue(entries, site, 'open-data@example.org')

describe.runIf(dcatShapesPresent)('the DCAT catalogue against the DCAT-AP 3.0.1 shapes', () => {
  it.each(Object.entries(SHAPE_SETS))('has no violations of the %s shapes', async (_name, files) => {
    const results = await validateCatalogue(catalogue, files)
    expect(results.filter((r) => r.severity === 'Violation').map(describeResult)).toEqual([])
  })

  it('has the recommended properties harvesters score, but for what the portal cannot truthfully state', async () => {
    const warnings = (await validateCatalogue(catalogue, SHAPE_SETS.specification)).filter((r) => r.severity === 'Warning')
    const accepted = (w: (typeof warnings)[number]) =>
      // The publisher is not an EU institution, so it is not in the EU corporate-bodies list, and the
      // publisher-type list has no term for a partnership board of public bodies, businesses and charities.
      (w.path.endsWith('/publisher') && /CorporateBody|node kind/.test(w.message)) ||
      (w.focusNode.endsWith('#publisher') && w.path.endsWith('/type')) ||
      // Organisations, commitments, the plan and the metric catalogue describe the present, not a period.
      (w.path.endsWith('/temporal') && /\/data\/(organisations|commitments|plan-steps|metrics)\//.test(w.focusNode)) ||
      // Greater London is given by its GeoNames address; its geometry is GeoNames'.
      (w.focusNode.startsWith('https://sws.geonames.org/') && /bbox|centroid/.test(w.path))
    expect(warnings.filter((w) => !accepted(w)).map(describeResult)).toEqual([])
  })
})

describe('each dataset in the catalogue', () => {
  it('has its own identifier, distinct from its page and its access address', () => {
    for (const dataset of catalogue['dcat:dataset']) {
      const page = dataset['dcat:landingPage']['@id']
      expect(dataset['@id']).toBe(`${page}#dataset`)
      for (const d of dataset['dcat:distribution']) expect(d['dcat:accessURL']['@id']).not.toBe(dataset['@id'])
    }
  })

  it('lists every earlier release as a version with its own CSV', () => {
    const organisations = catalogue['dcat:dataset'].find((d) => d['dct:title']['@value'].startsWith('Organisations'))!
    expect(organisations['dcat:version']).toBe('2')
    expect(organisations['dcat:hasVersion']).toEqual([
      expect.objectContaining({
        '@id': 'https://data.example.org/data/organisations/#release-1',
        'dcat:version': '1',
        'dcat:distribution': expect.objectContaining({
          'dcat:downloadURL': { '@id': 'https://data.example.org/data/organisations/releases/1/organisations.csv' },
        }),
      }),
    ])
  })

  it('states the grants published without a licence as a rights statement harvesters keep', () => {
    const withoutLicence = content.grants.map((g) => ({ ...g, provenance: { ...g.provenance, licence: undefined } }))
    const grants = datasetSpecs(content).find((d) => d.slug === 'grants')!
    const rows = grants.rows({ ...content, grants: withoutLicence })
    const node = dcatCatalogue([{ spec: grants, summary: summariseRows(grants, rows), releases: [] }], site)['dcat:dataset'][0]
    expect(node['dct:rights']).toEqual({
      '@type': 'dct:RightsStatement',
      'rdfs:label': { '@value': expect.stringContaining('3 grants were published without a stated licence'), '@language': 'en' },
    })
  })
})

describe('schema.org Dataset markup', () => {
  it('gives identifier, temporal and spatial coverage, version and the catalogue it is in', () => {
    const payGaps = entries.find((e) => e.spec.slug === 'pay-gaps')!
    expect(schemaOrgDataset(payGaps.spec, payGaps.spec.rows(content), site, payGaps.releases)).toMatchObject({
      identifier: 'https://data.example.org/data/pay-gaps/#dataset',
      temporalCoverage: '2022',
      spatialCoverage: { '@type': 'Place', name: 'Greater London', sameAs: 'https://sws.geonames.org/2648110/' },
      includedInDataCatalog: { '@type': 'DataCatalog', url: 'https://data.example.org/data/' },
    })
    const organisations = entries.find((e) => e.spec.slug === 'organisations')!
    expect(schemaOrgDataset(organisations.spec, organisations.spec.rows(content), site, organisations.releases)).toMatchObject({
      version: '2',
      datePublished: '2026-01-03T00:00:00.000Z',
      dateModified: '2026-02-03T00:00:00.000Z',
    })
  })
})
