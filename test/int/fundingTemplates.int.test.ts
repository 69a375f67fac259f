import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importFundingApplications, importFundingTargets } from '../../cms/importers/csvTemplates/importFundingTemplates'
import { createTestPayload } from './harness'

const dir = mkdtempSync(join(tmpdir(), 'fairer-city-funding-'))
const file = (name: string, lines: string[]) => {
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\r\n')}\r\n`)
  return path
}

let payload: Payload
let cleanup: () => Promise<void>
let funderId: number | string
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  const funder = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Example Foundation',
      slug: 'example-foundation',
      sector: 'voluntary-community',
      sizeBand: 'not-stated',
      lpbMembership: 'not-stated',
      identifiers: { orgId: 'GB-CHC-1035628' },
      _status: 'published',
    },
    context: { disableSiteRebuild: true },
  })
  funderId = funder.id
})
afterAll(async () => cleanup?.())

describe.sequential('the funding templates', () => {
  it('imports applications by kind of applicant, matching the funder by org-id, and refuses more funded than received', async () => {
    const path = file('applications.csv', [
      'funder,funder_org_id,year,programme,applicant_group,received,funded',
      'A name the portal does not use,gb-chc-1035628,2024,,user-led,40,10',
      'Example Foundation,,2024,,other,100,40',
      'Example Foundation,,2024,,equalities-led,10,11',
      'Example Foundation,,2024,,other,5,1',
    ])
    const summary = await importFundingApplications(payload, path, { acceptPartial: true })
    expect(summary).toMatchObject({ rows: 4, created: 2, organisationsCreated: 0 })
    expect(summary.rejected.map((p) => [p.row, p.column])).toEqual([
      [3, 'funded'],
      [4, undefined],
    ])
    expect(summary.rejected[0].message).toBe('expected at most the 10 applications received, got 11.')
    const { docs } = await payload.find({ collection: 'funding-applications', depth: 0 })
    expect(docs.every((d) => d.funder === funderId)).toBe(true)
    expect(await importFundingApplications(payload, path, { acceptPartial: true })).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
  })

  it('imports a funder’s target and updates it when the file changes', async () => {
    const header = 'funder,funder_org_id,year,target_share,basis,source'
    expect(
      await importFundingTargets(payload, file('targets.csv', [header, 'Example Foundation,,2024,25,amount,https://example.org/t'])),
    ).toMatchObject({
      created: 1,
    })
    expect(
      await importFundingTargets(payload, file('targets2.csv', [header, 'Example Foundation,,2024,30,amount,https://example.org/t'])),
    ).toMatchObject({
      created: 0,
      updated: 1,
    })
    const refused = await importFundingTargets(payload, file('targets3.csv', [header, 'Example Foundation,,2024,130,share,']), {
      acceptPartial: true,
    })
    expect(refused.rejected.map((p) => p.column)).toEqual(['target_share', 'basis'])
    const { docs } = await payload.find({ collection: 'funding-targets', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ targetShare: 30, basis: 'amount', funder: funderId })
  })
})
