import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importGlaTables } from '../../cms/importers/gla/importGlaTables'
import { importGpgFile } from '../../cms/importers/gpg/importGpgFile'
import { createTestPayload } from './harness'

/**
 * The order glaImport.int.test.ts does not cover: the Gender Pay Gap Service's
 * register first, then the GLA's own tables. The GLA's 2022-23 gender report
 * must still be one record, the same as in the other order.
 */
const GLA = '../shared/data/london/gla-pay-gap/gla_pay_gap_tables_tidy.csv'
const GPG = '../shared/data/gpg/gpg_london_2022-23.csv'
const haveData = existsSync(GLA) && existsSync(GPG)
if (!haveData) console.warn(`Skipping the GLA-after-service test: ${GLA} or ${GPG} is absent.`)

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.runIf(haveData)('the GLA’s tables imported after the service’s register', () => {
  it('merge into the register’s record: one gender report for 2022-23, with the tables’ figures', async () => {
    const rows = parse(readFileSync(GPG), { columns: true, bom: true }) as Array<Record<string, string>>
    const gla = rows.filter((r) => r.EmployerName === 'Greater London Authority')
    const path = join(mkdtempSync(join(tmpdir(), 'gpg-gla-')), 'gpg_london_2022-23-gla.csv')
    writeFileSync(path, stringify(gla, { header: true, columns: Object.keys(rows[0]) }))
    expect(await importGpgFile(payload, path)).toMatchObject({ rows: 1, created: 1 })

    const tables = await importGlaTables(payload, GLA)
    expect(tables.rejected).toEqual([])
    expect(tables.updated).toBe(1)
    const { docs } = await payload.find({
      collection: 'pay-gap-reports',
      where: { and: [{ characteristic: { equals: 'gender' } }, { year: { equals: 2022 } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      medianHourlyGap: { value: 1.95 },
      headcount: 1198,
      publisherHeadline: true,
      narrativeUrl: gla[0].CompanyLinkToGPGInfo,
      provenance: { source: 'gla-tables' },
    })
    expect(await importGpgFile(payload, path)).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect(await importGlaTables(payload, GLA)).toMatchObject({ created: 0, updated: 0 })
  })
})
