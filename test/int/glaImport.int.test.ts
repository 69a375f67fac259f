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

const FILE = '../shared/data/london/gla-pay-gap/gla_pay_gap_tables_tidy.csv'
const GPG = '../shared/data/gpg/gpg_london_2022-23.csv'
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

  it('makes one report per organisation, characteristic, comparison and year, marking the GLA’s headline comparison', async () => {
    const { docs } = await payload.find({ collection: 'pay-gap-reports', pagination: false, depth: 0 })
    const perPublication = new Map<string, number>()
    for (const d of docs) {
      const key = `${d.organisation}|${d.characteristic}|${d.comparisonGroup}|${d.year}`
      perPublication.set(key, (perPublication.get(key) ?? 0) + 1)
    }
    expect([...perPublication.values()].every((n) => n === 1)).toBe(true)
    // The tables list "(a) Black, Asian and Minority Ethnic/White" first, for every year: that is the headline.
    const years = [...new Set(cells.filter((c) => /^\d{4}$/.test(c.period)).map((c) => Number(c.period)))]
    for (const characteristic of ['gender', 'ethnicity', 'disability'] as const) {
      for (const year of years) {
        const reports = docs.filter((d) => d.characteristic === characteristic && d.year === year)
        if (reports.length === 0) continue
        const headlines = reports.filter((d) => d.publisherHeadline === true)
        expect(headlines, `${characteristic} ${year}`).toHaveLength(1)
        expect(reports.filter((d) => d.publisherHeadline === false)).toHaveLength(reports.length - 1)
        if (characteristic === 'ethnicity') {
          expect(headlines[0].comparisonGroup).toBe('Black, Asian and Minority Ethnic')
          expect(reports.map((d) => d.comparisonGroup)).toContain('Other Ethnic Group')
        }
      }
    }
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

  it.runIf(existsSync(GPG))('keeps the GLA’s gender report and the Gender Pay Gap Service’s copy of it as one record', async () => {
    // The GLA's own row of the service's 2022-23 London file: the same publication as the tables' 2022 gender figures.
    const rows = parse(readFileSync(GPG), { columns: true, bom: true }) as Cell[]
    const gla = rows.filter((r) => r.EmployerName === 'Greater London Authority')
    expect(gla).toHaveLength(1)
    const path = join(mkdtempSync(join(tmpdir(), 'gla-gpg-')), 'gpg_london_2022-23-gla.csv')
    writeFileSync(path, stringify(gla, { header: true, columns: Object.keys(rows[0]) }))

    const summary = await importGpgFile(payload, path)
    expect(summary).toMatchObject({ rows: 1, created: 0, updated: 1, rejected: [] })
    expect(summary.notes.join(' ')).toContain('kept as one record each')
    const { docs } = await payload.find({
      collection: 'pay-gap-reports',
      where: { and: [{ characteristic: { equals: 'gender' } }, { year: { equals: 2022 } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    // The figures from the GLA's tables (to two decimals), the submission from the service's register.
    expect(docs[0]).toMatchObject({
      medianHourlyGap: { value: Number((Number(overallGap('gender', 'Median', '', '2022').value_raw) * 100).toFixed(4)) },
      headcount: 1198,
      publisherHeadline: true,
      narrativeUrl: gla[0].CompanyLinkToGPGInfo,
      dateSubmitted: new Date(gla[0].DateSubmitted.replace(/\//g, '-').replace(' ', 'T') + 'Z').toISOString(),
      provenance: { source: 'gla-tables' },
    })
    // Either file again changes nothing.
    expect(await importGpgFile(payload, path)).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect(await importGlaTables(payload, FILE)).toMatchObject({ created: 0, updated: 0 })
  })
})
