import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../site/lib/csv'
import { rowProblems, tableSchemaProblems } from '../../site/lib/datasets/checks'
import { dcatCatalogue } from '../../site/lib/datasets/dcat'
import { summariseRows } from '../../site/lib/datasets/summaries'
import { dataPackage, schemaOrgDataset } from '../../site/lib/datasets/metadata'
import { payGapYearDatasets } from '../../site/lib/datasets/payGaps'
import { DATASETS, referencedDatasets } from '../../site/lib/datasets/registry'
import type { DatasetSpec } from '../../site/lib/datasets/types'
import { syntheticContent } from './syntheticContent'

const site = new URL('https://data.example.org')
const content = syntheticContent()
const profilePath = '../shared/data/frictionless/profiles/2.0/datapackage.json'
/** Republished grants carry their publishers' licence (CC BY 4.0 in the synthetic data); everything else is under OGL v3.0, the portal's own and the pay gaps' publishers' alike. */
const republishesGrants = (spec: DatasetSpec) => spec.slug === 'grants'

describe.each(DATASETS.map((d) => [d.slug, d] as const))('dataset %s', (_slug, spec) => {
  const rows = spec.rows(content)

  it('has rows that match its own Table Schema', () => {
    expect(rows.length).toBeGreaterThan(0)
    expect(rowProblems(spec, rows)).toEqual([])
    expect(
      tableSchemaProblems(
        spec,
        DATASETS.map((d) => d.slug),
      ),
    ).toEqual([])
  })

  it('describes every field with a type and a description', () => {
    for (const field of spec.fields) {
      expect(field.description.length, field.name).toBeGreaterThan(5)
      expect(['string', 'integer', 'number', 'boolean', 'date', 'datetime']).toContain(field.type)
    }
  })

  it.runIf(existsSync(profilePath))('has a datapackage.json valid against the Frictionless 2.0 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    // Frictionless marks some strings with editor hints ("textarea"), which are not validation formats.
    for (const hint of ['textarea', 'binary']) ajv.addFormat(hint, true)
    const validate = ajv.compile(JSON.parse(readFileSync(profilePath, 'utf8')))
    const pkg = dataPackage(
      [spec, ...referencedDatasets(spec, DATASETS)].map((d) => ({ spec: d, rows: d.rows(content) })),
      site,
    )
    const valid = validate(pkg)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(pkg.licenses?.[0]).toMatchObject(
      republishesGrants(spec) ? { path: 'https://creativecommons.org/licenses/by/4.0/' } : { name: 'OGL-UK-3.0' },
    )
    expect(pkg.resources[0].path).toBe(`https://data.example.org/data/${spec.slug}.csv`)
  })

  it('writes a CSV whose header is the schema’s field names and whose rows parse back', () => {
    const csv = toCsv(
      spec.fields.map((f) => f.name),
      rows,
    )
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(parsed[0])).toEqual(spec.fields.map((f) => f.name))
    expect(parsed).toHaveLength(rows.length)
  })

  it('has schema.org Dataset markup with its downloads and licence', () => {
    const markup = schemaOrgDataset(spec, rows, site)
    const licence = republishesGrants(spec) ? 'creativecommons.org/licenses/by/4.0' : 'open-government-licence'
    expect(markup).toMatchObject({ '@type': 'Dataset', license: expect.stringContaining(licence) })
    expect(markup.distribution.map((d) => d.encodingFormat)).toEqual([
      'text/csv',
      'application/json',
      ...(spec.noWorkbook ? [] : ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
    ])
  })
})

describe('datasets without a workbook', () => {
  it('name a dataset with the same figures that has one (the long pay gap table names the pay gaps)', () => {
    const without = DATASETS.filter((d) => d.noWorkbook)
    expect(without.map((d) => d.slug)).toEqual(['pay-gaps-long'])
    for (const spec of without) {
      const instead = DATASETS.find((d) => d.slug === spec.noWorkbook!.sameFiguresIn)
      expect(instead, spec.noWorkbook!.sameFiguresIn).toBeDefined()
      expect(instead!.noWorkbook).toBeUndefined()
    }
  })
})

describe('the organisations dataset', () => {
  it('neutralises a name that looks like a formula, in the CSV only', () => {
    const spec = DATASETS.find((d) => d.slug === 'organisations')!
    const rows = spec.rows(content)
    expect(rows[0].name).toBe('=Example Trust')
    const csv = toCsv(
      spec.fields.map((f) => f.name),
      rows,
    )
    expect(csv.split('\r\n')[1]).toContain(",'=Example Trust,")
    expect(rows[0].boroughs).toEqual(['Hackney', 'Camden'])
  })
})

describe('the pay gap datasets', () => {
  it('keep a withheld figure withheld: blank number, status and symbol, never 0', () => {
    const spec = DATASETS.find((d) => d.slug === 'pay-gaps')!
    const [row] = spec.rows(content)
    expect(row).toMatchObject({
      mean_bonus_gap: null,
      mean_bonus_gap_status: 'withheld',
      mean_bonus_gap_symbol: '<5',
      mean_hourly_gap: -2.5,
      flags: ['quarter-sum'],
    })
    const csv = toCsv(
      spec.fields.map((f) => f.name),
      [row],
    )
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>
    expect(parsed[0]).toMatchObject({
      mean_bonus_gap: '',
      mean_bonus_gap_status: 'withheld',
      mean_bonus_gap_symbol: '<5',
      mean_hourly_gap: '-2.5',
    })
  })

  it('carry the identifiers researchers join on: EmployerId, company number, postcode and SIC codes', () => {
    const spec = DATASETS.find((d) => d.slug === 'pay-gaps')!
    const [row] = spec.rows(content)
    expect(row).toMatchObject({ employer_id: '4242', companies_house_number: '01234567', postcode: 'E8 1DY', sic_codes: ['88990'] })
    const parsed = parse(
      toCsv(
        spec.fields.map((f) => f.name),
        [row],
      ),
      { columns: true },
    ) as Array<Record<string, string>>
    expect(parsed[0]).toMatchObject({ postcode: 'E8 1DY', sic_codes: '88990' })
  })

  it('credit their publishers, not the portal’s seed documents', () => {
    const spec = DATASETS.find((d) => d.slug === 'pay-gaps')!
    const pkg = dataPackage([{ spec, rows: spec.rows(content) }], site)
    expect(pkg.sources?.map((s) => s.title)).toEqual(['Greater London Authority: pay gap reports'])
    expect(String(pkg.attribution)).toContain('Open Government Licence v3.0. Source: Greater London Authority')
  })

  it('make one dataset per year with reports', () => {
    expect(payGapYearDatasets(content).map((d) => d.slug)).toEqual(['pay-gaps-2022'])
  })
})

describe('schema checks', () => {
  const broken: DatasetSpec = {
    slug: 'broken',
    title: 'Broken',
    description: 'A dataset with mistakes',
    keywords: [],
    themes: [],
    updates: { frequency: 'IRREG', description: 'Never' },
    provenance: { sources: [], processing: [] },
    primaryKey: ['missing'],
    foreignKeys: [{ fields: ['also_missing'], reference: { resource: 'nowhere', fields: ['x'] } }],
    fields: [
      { name: 'n', type: 'integer', title: 'N', description: 'A whole number', required: true },
      { name: 'd', type: 'date', title: 'D', description: 'A date' },
      { name: 's', type: 'string', title: 'S', description: 'A status', enum: ['a', 'b'] },
    ],
    rows: () => [],
  }

  it('finds keys that name missing fields and unknown datasets', () => {
    expect(tableSchemaProblems(broken, ['organisations'])).toEqual([
      'broken: primary key names "missing", which is not a field',
      'broken: foreign key names "also_missing", which is not a field',
      'broken: foreign key refers to unknown dataset "nowhere"',
    ])
  })

  it('names the row and column of a value that breaks the schema', () => {
    expect(rowProblems(broken, [{ n: 1.5, d: '31/03/2027', s: 'c' }, { n: undefined }])).toEqual([
      'broken, row 1, column n: expected a whole number, got 1.5',
      'broken, row 1, column d: expected a date YYYY-MM-DD, got "31/03/2027"',
      'broken, row 1, column s: expected one of a, b, got "c"',
      'broken, row 2, column n: is required but empty',
    ])
  })
})

describe('the DCAT catalogue', () => {
  const catalogue = dcatCatalogue(
    DATASETS.map((spec) => ({ spec, summary: summariseRows(spec, spec.rows(content)), releases: [] })),
    site,
  )

  it('has the properties DCAT-AP makes mandatory for a catalogue, its datasets and distributions', () => {
    expect(catalogue['@type']).toBe('dcat:Catalog')
    for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset']) expect(catalogue).toHaveProperty([key])
    expect(catalogue['dcat:dataset']).toHaveLength(DATASETS.length)
    for (const dataset of catalogue['dcat:dataset']) {
      expect(dataset).toHaveProperty(['dct:title'])
      expect(dataset).toHaveProperty(['dct:description'])
      const spec = DATASETS.find((d) => dataset['dct:title']['@value'] === d.title)!
      const formats = dataset['dcat:distribution'].map((d) => d['@id'].replace(/^.*#/, ''))
      expect(formats, spec.slug).toEqual(spec.noWorkbook ? ['csv', 'json'] : ['csv', 'json', 'xlsx'])
      for (const distribution of dataset['dcat:distribution']) {
        expect(distribution['dcat:accessURL']['@id']).toMatch(/^https:\/\/data\.example\.org\/data\//)
        expect(distribution['dct:license']?.['@id']).toMatch(/open-government-licence|creativecommons\.org\/licenses\/by\/4\.0/)
      }
    }
  })
})

describe('the grants dataset', () => {
  it('credits each publisher and carries their licence rather than the portal’s', () => {
    const spec = DATASETS.find((d) => d.slug === 'grants')!
    const pkg = dataPackage([{ spec, rows: spec.rows(content) }], site)
    expect(pkg.licenses).toEqual([{ path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }])
    expect(pkg.attribution).toContain('published in the 360Giving Data Standard by Example Trust')
    expect(pkg.sources).toEqual([{ title: 'Example Trust' }])
  })
})

describe('the funding equity measures', () => {
  it('state the base and the grants outside it, London-wide and per funder', () => {
    const spec = DATASETS.find((d) => d.slug === 'funding-equity-measures')!
    const rows = spec.rows(content)
    // Synthetic: £1,000 led, £3,000 not (both asked and answered), £500 not asked; target 30% by amount.
    const expected = {
      year: 2024,
      all_grants: 3,
      base_grants: 2,
      base_amount: 4000,
      equalities_led_amount: 1000,
      not_asked_grants: 1,
      not_asked_amount: 500,
      share_by_amount: 25,
      share_by_count: 50,
    }
    expect(rows).toEqual([
      expect.objectContaining({ ...expected, funder_slug: 'all', target_share: null }),
      expect.objectContaining({ ...expected, target_share: 30, target_basis: 'amount', target_met: false }),
    ])
  })

  it('compare user-led applicants’ success with everyone else’s', () => {
    const spec = DATASETS.find((d) => d.slug === 'funding-application-success')!
    const rows = spec.rows(content)
    expect(rows.find((r) => r.applicant_group === 'user-led')).toMatchObject({
      received: 40,
      funded: 10,
      success_rate: 25,
      verdict: 'no-clear-difference',
    })
    expect(rows.find((r) => r.applicant_group === 'other')).toMatchObject({ received: 100, funded: 40, success_rate: 40 })
  })
})
