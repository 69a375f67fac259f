import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../site/lib/csv'
import { foreignKeyProblems, rowProblems } from '../../site/lib/datasets/checks'
import { dataPackage } from '../../site/lib/datasets/metadata'
import { datasetSpecs, referencedDatasets } from '../../site/lib/datasets/registry'
import type { DatasetSpec } from '../../site/lib/datasets/types'
import { openDataPackage, type DataPackage } from '../support/openDataPackage'
import { syntheticContent } from './syntheticContent'

/**
 * Every data package opened on its own, as frictionless-py opens it: each
 * resource read from its path, keys resolved inside the package, every cell
 * cast; and every datapackage.json valid against the Data Package profiles of
 * version 2 and of version 1 (which older tools and R's frictionless read).
 */
const site = new URL('https://data.example.org')
const content = syntheticContent()
const specs = datasetSpecs(content)
const PROFILES = '../shared/data/frictionless/profiles'

const packageOf = (spec: DatasetSpec) =>
  dataPackage(
    [spec, ...referencedDatasets(spec, specs)].map((d) => ({ spec: d, rows: d.rows(content) })),
    site,
  )

/** Resolves a resource path on the example site to the CSV the build writes there. */
async function readFromSite(path: string): Promise<string> {
  const slug = new URL(path).pathname.match(/^\/data\/([^/]+)\.csv$/)?.[1]
  const spec = specs.find((d) => d.slug === slug)
  if (!spec) throw new Error(`no dataset at ${path}`)
  return toCsv(
    spec.fields.map((f) => f.name),
    spec.rows(content),
  )
}

function profileValidator(version: '1.0' | '2.0') {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const hint of ['textarea', 'binary']) ajv.addFormat(hint, true)
  return ajv.compile(JSON.parse(readFileSync(`${PROFILES}/${version}/datapackage.json`, 'utf8')))
}

describe.each(specs.map((d) => [d.slug, d] as const))('the %s data package', (_slug, spec) => {
  it('opens on its own: every resource read, every key resolved inside the package, every cell cast', async () => {
    const opened = await openDataPackage(packageOf(spec) as unknown as DataPackage, readFromSite)
    expect(opened.problems).toEqual([])
    expect(opened.rowCounts[spec.slug]).toBe(spec.rows(content).length)
  })

  it.runIf(existsSync(PROFILES))('is valid against the Data Package profiles v2 and v1', () => {
    for (const version of ['2.0', '1.0'] as const) {
      const validate = profileValidator(version)
      validate(packageOf(spec))
      expect(validate.errors ?? [], `profile ${version}`).toEqual([])
    }
  })
})

describe('opening a package as frictionless-py would', () => {
  it('refuses a foreign key to a resource the package does not hold, as the portal’s packages did', async () => {
    const commitments = specs.find((d) => d.slug === 'commitments')!
    const alone = dataPackage([{ spec: commitments, rows: commitments.rows(content) }], site) as unknown as DataPackage
    const opened = await openDataPackage(alone, readFromSite)
    expect(opened.problems).toEqual([
      'commitments: resource commitments: foreign key reference resource "organisations" is not in the package',
      'commitments: resource commitments: foreign key reference resource "plan-steps" is not in the package',
    ])
  })

  it('refuses a primary key with empty cells, as workforce-profiles had with level', async () => {
    const workforce = specs.find((d) => d.slug === 'workforce-profiles')!
    const keyedOnLevel: DatasetSpec = {
      ...workforce,
      primaryKey: ['organisation_slug', 'published', 'grouping', 'level', 'characteristic', 'category'],
    }
    const pkg = dataPackage(
      [keyedOnLevel, ...referencedDatasets(workforce, specs)].map((d) => ({ spec: d, rows: d.rows(content) })),
      site,
    )
    const opened = await openDataPackage(pkg as unknown as DataPackage, readFromSite)
    expect(opened.problems[0]).toBe('workforce-profiles: resource workforce-profiles, row 2: primary key field level is null')
    // The build's own check refuses it too, so it cannot be published.
    expect(rowProblems(keyedOnLevel, keyedOnLevel.rows(content))[0]).toBe(
      'workforce-profiles, row 1, column level: is part of the primary key but empty',
    )
  })
})

describe('the build’s key checks', () => {
  const spec: DatasetSpec = {
    ...specs.find((d) => d.slug === 'commitment-status-history')!,
    rows: () => [],
  }
  const row = { commitment_id: '5', organisation_slug: 'x', step_code: '1.1.1', status: 'planned', changed_at: '2026-01-01T00:00:00Z' }

  it('refuses a repeated primary key, naming both rows', () => {
    expect(rowProblems(spec, [row, { ...row }])).toEqual([
      'commitment-status-history, row 2: repeats the primary key (commitment_id, changed_at) of row 1: ["5","2026-01-01T00:00:00Z"]',
    ])
  })

  it('refuses a foreign key that does not resolve in the referenced dataset', () => {
    expect(foreignKeyProblems(spec, [row], () => [{ commitment_id: '6' }])).toEqual([
      'commitment-status-history, row 1: commitment_id ["5"] is not a commitment_id of commitments',
    ])
    expect(foreignKeyProblems(spec, [row], () => [{ commitment_id: '5' }])).toEqual([])
  })
})
