import { writeFileSync, mkdtempSync } from 'node:fs'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from '../../cms/importers/problems'
import { importPayGapTemplate } from '../../cms/importers/csvTemplates/importPayGapTemplate'
import { importWorkforceTemplate } from '../../cms/importers/csvTemplates/importWorkforceTemplate'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { blankTemplate, type Template } from '../../domain/csvTemplates/columns'
import { WORKFORCE_TEMPLATE } from '../../domain/csvTemplates/workforce'
import { classificationsFile } from '../../domain/reference/ethnicityClassifications'
import { createUser } from './fixtures'
import { createTestPayload } from './harness'

const dir = mkdtempSync(join(tmpdir(), 'fairer-city-templates-'))
const haveClassifications = existsSync(classificationsFile())
if (!haveClassifications) console.warn(`Skipping the classification checks: ${classificationsFile()} is absent.`)

/** A file in the template's layout: its header, then each row's cells by column name (others blank). */
function templateFile(name: string, template: Template, rows: Array<Record<string, string>>, encoding: BufferEncoding = 'utf8'): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  const lines = rows.map((r) => template.columns.map((c) => quote(r[c.name] ?? '')).join(','))
  const path = join(dir, name)
  writeFileSync(path, Buffer.from(blankTemplate(template) + lines.map((l) => `${l}\r\n`).join(''), encoding))
  return path
}

/** The row a newcomer reads in the documentation: every column's example. */
const exampleRow = (template: Template) => Object.fromEntries(template.columns.map((c) => [c.name, c.example]))

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.sequential('the pay gaps template', () => {
  it('imports the documented example row as written, and again without change', async () => {
    const path = templateFile('example.csv', PAY_GAP_TEMPLATE, [exampleRow(PAY_GAP_TEMPLATE)])
    const summary = await importPayGapTemplate(payload, path)
    expect(summary).toMatchObject({ rows: 1, created: 1, rejected: [] })
    const { docs } = await payload.find({ collection: 'pay-gap-reports', depth: 1 })
    expect(docs).toHaveLength(1)
    const report = docs[0]
    expect(report).toMatchObject({
      year: 2024,
      characteristic: 'ethnicity',
      referenceGroup: 'White',
      comparisonGroup: 'Black',
      headcount: 1250,
      meanHourlyGap: { value: 12.4, status: 'reported' },
      medianBonusGap: { value: 0, status: 'reported' },
      submittedLate: false,
      provenance: { source: 'portal-template', sourceRow: 1 },
    })
    expect((report.organisation as { name: string }).name).toBe('Greater London Authority')
    const versions = (await payload.countVersions({ collection: 'pay-gap-reports' })).totalDocs
    expect(await importPayGapTemplate(payload, path)).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect((await payload.countVersions({ collection: 'pay-gap-reports' })).totalDocs).toBe(versions)
  })

  it('keeps withheld and not-applicable figures with their symbols, never as 0', async () => {
    const path = templateFile('withheld.csv', PAY_GAP_TEMPLATE, [
      {
        organisation: 'Withholding Council',
        year: '2023',
        characteristic: 'disability',
        reference_group: 'Not disabled',
        comparison_group: 'Disabled',
        mean_hourly_gap: '<5',
        median_hourly_gap: 'N/A',
        mean_bonus_gap: 'c',
        median_bonus_gap: '-3.25',
        date_submitted: '02/05/2024',
        due_date: '2024-03-30',
      },
    ])
    expect(await importPayGapTemplate(payload, path)).toMatchObject({ created: 1, rejected: [] })
    const { docs } = await payload.find({ collection: 'pay-gap-reports', where: { year: { equals: 2023 } } })
    expect(docs[0]).toMatchObject({
      meanHourlyGap: { value: null, status: 'withheld', symbol: '<5' },
      medianHourlyGap: { value: null, status: 'not-applicable', symbol: 'N/A' },
      meanBonusGap: { value: null, status: 'withheld', symbol: 'c' },
      medianBonusGap: { value: -3.25, status: 'reported' },
      referenceBonusShare: { value: null, status: 'not-reported' },
      submittedLate: true,
    })
  })

  it('flags a report that breaks the service’s rules, and publishes it', async () => {
    const path = templateFile('flagged.csv', PAY_GAP_TEMPLATE, [
      {
        organisation: 'Flagged Trust',
        year: '2024',
        characteristic: 'disability',
        reference_group: 'Not disabled',
        comparison_group: 'Disabled',
        mean_hourly_gap: '104',
        q4_reference_share: '80',
        q4_comparison_share: '30',
      },
    ])
    expect(await importPayGapTemplate(payload, path)).toMatchObject({ created: 1, flagged: 1 })
    const organisation = await payload.find({ collection: 'organisations', where: { name: { equals: 'Flagged Trust' } } })
    const { docs } = await payload.find({ collection: 'pay-gap-reports', where: { organisation: { equals: organisation.docs[0].id } } })
    expect(docs[0]._status).toBe('published')
    expect(docs[0].flags?.map((f) => f.code).sort()).toEqual(['gap-over-100', 'quarter-sum'])
    expect(docs[0].flags?.find((f) => f.code === 'quarter-sum')?.message).toContain(
      'Not disabled staff’s and Disabled staff’s shares of the top quarter add up to 110',
    )
  })

  it.runIf(haveClassifications)('checks ethnicity groups against the named Race Disparity Unit classification', async () => {
    const base = { organisation: 'Classified Council', year: '2022', characteristic: 'ethnicity', mean_hourly_gap: '5' }
    const path = templateFile('classified.csv', PAY_GAP_TEMPLATE, [
      { ...base, classification: '19a', reference_group: 'white', comparison_group: 'black caribbean' },
      { ...base, classification: '5B', reference_group: 'White', comparison_group: 'Black Caribbean' },
      { ...base, classification: '99Z', reference_group: 'White', comparison_group: 'Black' },
      { ...base, reference_group: 'White', comparison_group: 'Asian' },
      { ...base, classification: '5B', reference_group: 'White', comparison_group: 'White' },
    ])
    const summary = await importPayGapTemplate(payload, path, { acceptPartial: true })
    expect(summary.created).toBe(1)
    expect(summary.rejected.map((p) => [p.row, p.column])).toEqual([
      [2, 'comparison_group'],
      [3, 'classification'],
      [4, 'classification'],
      [5, 'comparison_group'],
    ])
    expect(summary.rejected[0].message).toContain('"Black Caribbean" is not a group of classification 5B')
    const { docs } = await payload.find({ collection: 'pay-gap-reports', where: { year: { equals: 2022 } } })
    // Stored in the classification's own spelling.
    expect(docs[0]).toMatchObject({
      classification: '19A (ONS 2021 - 19+1 (new))',
      referenceGroup: 'White',
      comparisonGroup: 'Black Caribbean',
    })
  })

  it('rejects rows with cells it cannot read, naming row, line and column, and stores the others', async () => {
    const path = templateFile('bad-cells.csv', PAY_GAP_TEMPLATE, [
      {
        organisation: 'Good Row Ltd',
        year: '2021',
        characteristic: 'gender',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: '7',
      },
      {
        organisation: 'Bad Row Ltd',
        year: '21',
        characteristic: 'sex',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: 'seven',
      },
      {
        organisation: 'Good Row Ltd',
        year: '2021',
        characteristic: 'gender',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: '8',
      },
    ])
    const summary = await importPayGapTemplate(payload, path, { acceptPartial: true })
    expect(summary.created).toBe(1)
    expect(summary.rejected.map((p) => [p.row, p.line, p.column])).toEqual([
      [2, 3, 'year'],
      [2, 3, 'characteristic'],
      [2, 3, 'mean_hourly_gap'],
      [3, undefined, undefined],
    ])
    expect(summary.rejected[3].message).toContain('repeats row 1')
    expect(await payload.count({ collection: 'organisations', where: { name: { equals: 'Bad Row Ltd' } } })).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a file without the required columns, or not in UTF-8, and stores nothing from it', async () => {
    const before = (await payload.count({ collection: 'pay-gap-reports' })).totalDocs
    const noGroups = join(dir, 'no-groups.csv')
    writeFileSync(noGroups, 'organisation,year,characteristic,mean_hourly_gap\r\nA,2024,gender,5\r\n')
    const error = await importPayGapTemplate(payload, noGroups).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).problem).toMatchObject({ file: 'no-groups.csv', row: 0, column: 'reference_group, comparison_group' })

    const latin1 = templateFile('latin1.csv', PAY_GAP_TEMPLATE, [{ ...exampleRow(PAY_GAP_TEMPLATE), organisation: 'Café £ Ltd' }], 'latin1')
    const encoding = await importPayGapTemplate(payload, latin1).catch((e: unknown) => e)
    expect(encoding).toBeInstanceOf(ImportFileError)
    expect((encoding as ImportFileError).message).toMatch(/latin1\.csv, line 2: .*UTF-8/)

    const blank = join(dir, 'blank.csv')
    writeFileSync(blank, blankTemplate(PAY_GAP_TEMPLATE))
    await expect(importPayGapTemplate(payload, blank)).rejects.toThrow('has a header but no rows')
    expect((await payload.count({ collection: 'pay-gap-reports' })).totalDocs).toBe(before)
  })

  it('never overwrites a report a curator corrected by hand, and says so', async () => {
    const { docs } = await payload.find({
      collection: 'pay-gap-reports',
      where: { year: { equals: 2024 }, characteristic: { equals: 'ethnicity' } },
    })
    const curator = await createUser(payload, 'curator@example.org', 'curator')
    await payload.update({
      collection: 'pay-gap-reports',
      id: docs[0].id,
      user: curator,
      overrideAccess: false,
      data: { meanHourlyGap: { value: 12.6, status: 'reported' }, correctionReason: 'Corrected from the employer’s own report.' },
      context: { disableSiteRebuild: true },
    })
    const changed = templateFile('changed.csv', PAY_GAP_TEMPLATE, [{ ...exampleRow(PAY_GAP_TEMPLATE), mean_hourly_gap: '13' }])
    const summary = await importPayGapTemplate(payload, changed)
    expect(summary).toMatchObject({ updated: 0, keptManualCorrections: [expect.objectContaining({ row: 1 })] })
    const stored = await payload.findByID({ collection: 'pay-gap-reports', id: docs[0].id })
    expect(stored.meanHourlyGap?.value).toBe(12.6)
  })
})

describe.sequential('the workforce profile template', () => {
  it('makes one profile per organisation, date and grouping, keeping withheld headcounts', async () => {
    const row = { organisation: 'Profiled Borough', published: '2024-03-31', employees: '900' }
    const path = templateFile('workforce.csv', WORKFORCE_TEMPLATE, [
      { ...row, characteristic: 'ethnicity', category: 'asian/indian', headcount: '120' },
      { ...row, characteristic: 'ethnicity', category: 'black/african', headcount: '<5' },
      { ...row, characteristic: 'gender', category: 'prefernottosay', headcount: '14' },
      { ...row, grouping: 'Grade 10 to 12', employees: '40', characteristic: 'gender', category: 'female', headcount: '19' },
      { ...row, characteristic: 'gender', category: 'prefernottosay', headcount: '15' },
      { ...row, employees: '901', characteristic: 'gender', category: 'female', headcount: '500' },
    ])
    const summary = await importWorkforceTemplate(payload, path, { acceptPartial: true })
    expect(summary).toMatchObject({ rows: 6, created: 2 })
    expect(summary.rejected.map((p) => [p.row, p.column])).toEqual([
      [5, 'category'],
      [6, 'employees'],
    ])
    const { docs } = await payload.find({ collection: 'workforce-profiles', where: { grouping: { equals: 'All staff' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ published: '2024-03-31', employees: 900, provenance: { source: 'portal-template' } })
    expect(
      docs[0].counts?.map(({ characteristic, category, headcount, status, symbol }) => [
        characteristic,
        category,
        headcount,
        status,
        symbol,
      ]),
    ).toEqual([
      ['ethnicity', 'asian/indian', 120, 'reported', null],
      ['ethnicity', 'black/african', null, 'withheld', '<5'],
      ['gender', 'prefernottosay', 14, 'reported', null],
    ])
    const versions = (await payload.countVersions({ collection: 'workforce-profiles' })).totalDocs
    expect(await importWorkforceTemplate(payload, path, { acceptPartial: true })).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect((await payload.countVersions({ collection: 'workforce-profiles' })).totalDocs).toBe(versions)
  })

  it('imports the documented example row', async () => {
    const summary = await importWorkforceTemplate(
      payload,
      templateFile('workforce-example.csv', WORKFORCE_TEMPLATE, [exampleRow(WORKFORCE_TEMPLATE)]),
    )
    expect(summary).toMatchObject({ created: 1, rejected: [] })
  })
})
