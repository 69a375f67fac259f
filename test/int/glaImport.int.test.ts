import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importGlaTables } from '../../cms/importers/gla/importGlaTables'
import { createTestPayload } from './harness'

const FILE = '../shared/data/london/gla-pay-gap/gla_pay_gap_tables_tidy.csv'
const haveData = existsSync(FILE)
if (!haveData) console.warn(`Skipping the GLA pay gap table tests: ${FILE} is absent.`)

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

type Cell = Record<string, string>

describe.runIf(haveData).sequential('importing the GLA’s pay gap tables', () => {
  const cells = haveData ? (parse(readFileSync(FILE), { columns: true }) as Cell[]) : []
  const overallGap = (characteristic: string, statistic: 'Mean' | 'Median', group: string, year: string) =>
    cells.find(
      (c) =>
        new RegExp(`Overall ${characteristic} pay gap \\(all staff\\)`).test(c.table_title) &&
        c.section === statistic &&
        c.measure === 'Pay Gap' &&
        c.group === group &&
        c.period === year,
    )!

  it('stores the overall gaps as published, as percentages', async () => {
    const summary = await importGlaTables(payload, FILE)
    expect(summary.rows).toBe(cells.length)
    expect(summary.rejected).toEqual([])
    const { docs } = await payload.find({ collection: 'pay-gap-reports', pagination: false, depth: 0 })
    expect(docs.length).toBe(summary.created)
    const gender2024 = docs.find((d) => d.characteristic === 'gender' && d.year === 2024)!
    expect(gender2024.medianHourlyGap).toMatchObject({
      status: 'reported',
      value: Number((Number(overallGap('gender', 'Median', '', '2024').value_raw) * 100).toFixed(4)),
    })
    const black2017 = docs.find(
      (d) => d.characteristic === 'ethnicity' && d.year === 2017 && d.comparisonGroup === 'Black or Black British',
    )!
    expect(black2017.referenceGroup).toBe('White')
    // Percentages are kept to 4 decimal places.
    expect(black2017.meanHourlyGap?.value).toBeCloseTo(
      Number(overallGap('ethnicity', 'Mean', '(c) Black or Black British/White', '2017').value_raw) * 100,
      3,
    )
  })

  it('keeps suppressed cells as withheld with their symbol, never as 0', async () => {
    const suppressed = cells.filter(
      (c) =>
        /Overall disability bonus pay gap/.test(c.table_title) &&
        c.measure === 'Pay Gap' &&
        c.period === '2022' &&
        c.is_suppressed_or_na === 'true',
    )
    expect(suppressed.map((c) => c.value_raw)).toEqual(['<5', '<5'])
    const { docs } = await payload.find({
      collection: 'pay-gap-reports',
      where: { and: [{ characteristic: { equals: 'disability' } }, { year: { equals: 2022 } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    for (const field of ['meanBonusGap', 'medianBonusGap'] as const)
      expect(docs[0][field]).toMatchObject({ value: null, status: 'withheld', symbol: '<5' })
    expect(docs[0].comparisonBonusShare).toMatchObject({ value: null, status: 'withheld', symbol: '<5' })
    expect(docs[0].referenceBonusShare?.status).toBe('reported')
  })

  it('accounts for the cells it does not use, and importing again changes nothing', async () => {
    const versions = (await payload.countVersions({ collection: 'pay-gap-reports' })).totalDocs
    const summary = await importGlaTables(payload, FILE)
    expect(summary).toMatchObject({ created: 0, updated: 0 })
    expect(summary.unchanged).toBeGreaterThan(40)
    expect(summary.notes.join(' ')).toMatch(/cells not used: changes between years/)
    expect((await payload.countVersions({ collection: 'pay-gap-reports' })).totalDocs).toBe(versions)
  })
})
