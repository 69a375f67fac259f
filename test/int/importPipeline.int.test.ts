import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blankTemplate, type Template } from '../../domain/csvTemplates/columns'
import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../domain/csvTemplates/funding'
import { CITY_INDICATORS_TEMPLATE, SURVEY_RESULTS_TEMPLATE } from '../../domain/csvTemplates/levels'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { WORKFORCE_TEMPLATE } from '../../domain/csvTemplates/workforce'
import type { ImportSummary } from '../../cms/importers/importSummary'
import { ImportFileError } from '../../cms/importers/problems'
import { IMPORTERS, type ImporterKind } from '../../cms/importers/registry'
import { createUser } from './fixtures'
import { createTestPayload } from './harness'

/**
 * The one pipeline's counting rules, the same for every importer in the
 * registry. Each importer gets a small file in its real layout (built here from
 * the published files where the layout is a publisher's) with three rows:
 *   row 1  a record F, flagged where the collection can carry flags
 *   row 2  a record M, flagged too
 *   row 3  a repeat of row 1's record
 * Imported once: F and M created; row 3 rejected, naming row 1; both flagged.
 * Then a curator corrects F by hand and the same file is imported again: F is
 * kept and listed (and not counted as flagged), M is unchanged (and counted as
 * flagged), row 3 is rejected again.
 * Workforce profiles, grants and the funding templates carry no flags: for them
 * only the repeated-row and correction rules are asserted. Grants differ in one
 * rule, the 360Giving standard's own: identifiers must be unique, and a file
 * that repeats one is refused whole (as one invalid grant refuses the file).
 */
const SHARED = '../shared/data'
const GPG = join(SHARED, 'gpg/gpg_london_2022-23.csv')
const GLA = join(SHARED, 'london/gla-pay-gap/gla_pay_gap_tables_tidy.csv')
const WORKFORCE = join(SHARED, 'workforce-diversity/leeds-city-region/combined.csv')
const GRANTS = join(SHARED, '360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json')
const haveData = [GPG, GLA, WORKFORCE, GRANTS].every(existsSync)
if (!haveData) console.warn(`Skipping the import pipeline's tests on published layouts: ${SHARED} is incomplete.`)

const dir = mkdtempSync(join(tmpdir(), 'fairer-city-pipeline-'))
type Row = Record<string, string>

function csvFile(name: string, columns: string[], rows: Row[]): string {
  const path = join(dir, name)
  writeFileSync(path, stringify(rows, { header: true, columns, record_delimiter: 'windows' }))
  return path
}
const templateFile = (name: string, template: Template, rows: Row[]) =>
  csvFile(
    name,
    blankTemplate(template).trim().split(','),
    rows.map((r) => Object.fromEntries(template.columns.map((c) => [c.name, r[c.name] ?? '']))),
  )
const published = (path: string) => parse(readFileSync(path), { columns: true, bom: true }) as Row[]
const headerOf = (path: string) => Object.keys(published(path)[0])

interface Case {
  kind: ImporterKind
  collection: CollectionSlug
  /** Whether the collection's records carry data-quality flags. */
  flags: boolean
  file: () => string
  /** Where in the file record F is: its row, or for a JSON package its place. */
  placeOfF: { row: number } | { record: string }
  /** Finds record F once stored. */
  whereF: Where
  /** A curator's correction of F. */
  correction: Record<string, unknown>
}

const CASES: Case[] = [
  {
    kind: 'gpg',
    collection: 'pay-gap-reports',
    flags: true,
    file: () => {
      const [a, b] = published(GPG)
      // The top quarter's shares add up to 110: the service's rule flags it.
      const flagged = (r: Row) => ({ ...r, MaleTopQuartile: '80', FemaleTopQuartile: '30' })
      return csvFile('pipeline-gpg-2022-23.csv', headerOf(GPG), [flagged(a), flagged(b), { ...flagged(a), DiffMeanHourlyPercent: '1.5' }])
    },
    placeOfF: { row: 1 },
    whereF: { and: [{ 'provenance.source': { equals: 'gpg-service' } }, { 'provenance.sourceRow': { equals: 1 } }] },
    correction: { meanHourlyGap: { value: 12.3, status: 'reported' } },
  },
  {
    kind: 'gla',
    collection: 'pay-gap-reports',
    flags: true,
    file: () => {
      const cells = published(GLA)
      const meanGap = (characteristic: string) =>
        cells.find(
          (c) =>
            c.table_title.startsWith(`Table 1: Overall ${characteristic} pay gap (all staff)`) &&
            c.section === 'Mean' &&
            c.measure === 'Pay Gap' &&
            c.period === '2022',
        )!
      // Gaps over 100%: flagged.
      const gender = { ...meanGap('gender'), value_raw: '1.04' }
      return csvFile('pipeline-gla.csv', headerOf(GLA), [gender, { ...meanGap('disability'), value_raw: '1.05' }, gender])
    },
    placeOfF: { row: 1 },
    whereF: { and: [{ 'provenance.source': { equals: 'gla-tables' } }, { characteristic: { equals: 'gender' } }] },
    correction: { meanHourlyGap: { value: 12.3, status: 'reported' } },
  },
  {
    kind: 'workforce',
    collection: 'workforce-profiles',
    flags: false,
    file: () => {
      const row = (organisation: string, asian: string) => ({
        published: '2024-03-31',
        organisation,
        employees: '100',
        ethnicity_asian: asian,
      })
      return csvFile('pipeline-workforce.csv', headerOf(WORKFORCE), [
        row('Pipeline Workforce A', '10'),
        row('Pipeline Workforce B', '20'),
        row('Pipeline Workforce A', '11'),
      ])
    },
    placeOfF: { row: 1 },
    whereF: { and: [{ 'provenance.source': { equals: 'open-innovations' } }, { 'provenance.sourceRow': { equals: 1 } }] },
    correction: { employees: 999 },
  },
  {
    kind: 'pay-gaps-template',
    collection: 'pay-gap-reports',
    flags: true,
    file: () => {
      const row = (organisation: string, gap: string) => ({
        organisation,
        year: '2024',
        characteristic: 'gender',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: gap,
      })
      return templateFile('pipeline-pay-gaps.csv', PAY_GAP_TEMPLATE, [
        row('Pipeline Template A', '104'),
        row('Pipeline Template B', '105'),
        row('Pipeline Template A', '3'),
      ])
    },
    placeOfF: { row: 1 },
    whereF: { and: [{ 'provenance.source': { equals: 'portal-template' } }, { 'provenance.sourceRow': { equals: 1 } }] },
    correction: { meanHourlyGap: { value: 12.3, status: 'reported' } },
  },
  {
    kind: 'workforce-template',
    collection: 'workforce-profiles',
    flags: false,
    file: () => {
      const row = (organisation: string, headcount: string) => ({
        organisation,
        published: '2024-03-31',
        employees: '100',
        characteristic: 'gender',
        category: 'female',
        headcount,
      })
      return templateFile('pipeline-workforce-template.csv', WORKFORCE_TEMPLATE, [
        row('Pipeline Profile A', '10'),
        row('Pipeline Profile B', '20'),
        row('Pipeline Profile A', '11'),
      ])
    },
    placeOfF: { row: 1 },
    whereF: { and: [{ 'provenance.source': { equals: 'portal-template' } }, { 'provenance.sourceRow': { equals: 1 } }] },
    correction: { employees: 999 },
  },
  {
    kind: 'funding-applications-template',
    collection: 'funding-applications',
    flags: false,
    file: () =>
      templateFile('pipeline-applications.csv', FUNDING_APPLICATIONS_TEMPLATE, [
        { funder: 'Pipeline Funder', year: '2024', applicant_group: 'other', received: '100', funded: '40' },
        { funder: 'Pipeline Funder', year: '2024', applicant_group: 'user-led', received: '40', funded: '10' },
        { funder: 'Pipeline Funder', year: '2024', applicant_group: 'other', received: '50', funded: '5' },
      ]),
    placeOfF: { row: 1 },
    whereF: { and: [{ applicantGroup: { equals: 'other' } }, { sourceFile: { equals: 'pipeline-applications.csv' } }] },
    correction: { received: 999 },
  },
  {
    kind: 'funding-targets-template',
    collection: 'funding-targets',
    flags: false,
    file: () =>
      templateFile('pipeline-targets.csv', FUNDING_TARGETS_TEMPLATE, [
        { funder: 'Pipeline Target Funder A', year: '2024', target_share: '25', basis: 'amount' },
        { funder: 'Pipeline Target Funder B', year: '2024', target_share: '30', basis: 'amount' },
        { funder: 'Pipeline Target Funder A', year: '2024', target_share: '40', basis: 'amount' },
      ]),
    placeOfF: { row: 1 },
    whereF: { and: [{ targetShare: { equals: 25 } }, { sourceFile: { equals: 'pipeline-targets.csv' } }] },
    correction: { targetShare: 42 },
  },
  {
    kind: 'city-indicators-template',
    collection: 'city-indicators',
    flags: false,
    file: () =>
      templateFile('pipeline-indicators.csv', CITY_INDICATORS_TEMPLATE, [
        {
          indicator: 'Pipeline indicator',
          priority: '2',
          period: '2022-23',
          date: '2023-03-31',
          value: '20',
          unit: 'percent',
          source: 'ONS',
        },
        {
          indicator: 'Pipeline indicator',
          priority: '2',
          period: '2023-24',
          date: '2024-03-31',
          value: '21',
          unit: 'percent',
          source: 'ONS',
        },
        {
          indicator: 'Pipeline indicator',
          priority: '2',
          period: '2022-23',
          date: '2023-03-31',
          value: '22',
          unit: 'percent',
          source: 'ONS',
        },
      ]),
    placeOfF: { row: 1 },
    whereF: { and: [{ period: { equals: '2022-23' } }, { sourceFile: { equals: 'pipeline-indicators.csv' } }] },
    correction: { value: 19 },
  },
  {
    kind: 'survey-results-template',
    collection: 'survey-results',
    flags: false,
    file: () =>
      templateFile('pipeline-survey.csv', SURVEY_RESULTS_TEMPLATE, [
        {
          question: 'Pipeline question',
          priority: '1',
          wave: 'Wave 1',
          date: '2024-10-31',
          value: '40',
          unit: 'percent',
          sample_size: '1000',
          source: 'GLA',
        },
        {
          question: 'Pipeline question',
          priority: '1',
          wave: 'Wave 2',
          date: '2025-04-30',
          value: '42',
          unit: 'percent',
          sample_size: '1000',
          source: 'GLA',
        },
        {
          question: 'Pipeline question',
          priority: '1',
          wave: 'Wave 1',
          date: '2024-10-31',
          value: '45',
          unit: 'percent',
          sample_size: '1000',
          source: 'GLA',
        },
      ]),
    placeOfF: { row: 1 },
    whereF: { and: [{ period: { equals: 'Wave 1' } }, { sourceFile: { equals: 'pipeline-survey.csv' } }] },
    correction: { value: 39 },
  },
]

let payload: Payload
let cleanup: () => Promise<void>
let curator: Awaited<ReturnType<typeof createUser>>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  curator = await createUser(payload, 'curator@pipeline.test', 'curator')
})
afterAll(async () => cleanup?.())

/** How a summary counts, in the terms every importer shares. */
const counts = (s: ImportSummary) => ({
  rows: s.rows,
  created: s.created,
  updated: s.updated,
  unchanged: s.unchanged,
  flagged: s.flagged,
  rejected: s.rejected.map((p) => ({ row: p.row, repeatsRow1: /^repeats row 1 /.test(p.message) })),
  kept: s.keptManualCorrections.map((p) => ({ row: p.row, record: p.record, byHand: p.message.includes('corrected by hand') })),
})

async function correctByHand(collection: CollectionSlug, where: Where, data: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where, depth: 0 })
  expect(docs, `record F in ${collection}`).toHaveLength(1)
  await payload.update({
    collection,
    id: docs[0].id,
    // A curator correcting a published record gives the reason, which the corrections log publishes.
    data: { ...data, correctionReason: 'Corrected by hand from the publisher’s own report.' } as never,
    user: curator,
    overrideAccess: false,
    context: { disableSiteRebuild: true },
  })
  const corrected = (await payload.findByID({ collection, id: docs[0].id, depth: 0 })) as unknown as Record<string, unknown>
  expect(corrected.manuallyCorrected).toBe(true)
  return corrected
}

describe.runIf(haveData).sequential('every importer counts a flagged row, a repeated row and a kept correction alike', () => {
  for (const c of CASES) {
    it(`${c.kind}: ${c.flags ? 'flags, ' : 'no flags on these records; '}a repeated row and a kept correction`, async () => {
      const path = c.file()
      const importer = IMPORTERS[c.kind]
      const first = await importer.run(payload, path, { acceptPartial: true })
      expect(counts(first)).toEqual({
        rows: 3,
        created: 2,
        updated: 0,
        unchanged: 0,
        flagged: c.flags ? 2 : 0,
        rejected: [{ row: 3, repeatsRow1: true }],
        kept: [],
      })

      const corrected = await correctByHand(c.collection, c.whereF, c.correction)
      const second = await importer.run(payload, path, { acceptPartial: true })
      expect(counts(second)).toEqual({
        rows: 3,
        created: 0,
        updated: 0,
        unchanged: 1,
        // F is flagged but was not written: not counted. M, unchanged with its flag, is.
        flagged: c.flags ? 1 : 0,
        rejected: [{ row: 3, repeatsRow1: true }],
        kept: [{ ...c.placeOfF, record: undefined, byHand: true }],
      })
      const after = (await payload.findByID({ collection: c.collection, id: corrected.id as number, depth: 0 })) as unknown as Record<
        string,
        unknown
      >
      for (const [field, value] of Object.entries(c.correction))
        expect(after[field], field).toEqual(typeof value === 'object' ? expect.objectContaining(value) : value)
    })
  }

  it('grants: a repeated identifier refuses the file (the standard’s rule); a kept correction is listed as everywhere', async () => {
    const source = (JSON.parse(readFileSync(GRANTS, 'utf8')) as { grants: Array<Record<string, unknown>> }).grants
    const [f, m] = source.slice(0, 2).map((g) => ({ ...g, id: `${g.id}-PIPELINE` }))
    const write = (name: string, grants: unknown[]) => {
      const path = join(dir, name)
      writeFileSync(path, JSON.stringify({ license: 'https://creativecommons.org/licenses/by/4.0/', grants }))
      return path
    }
    const before = (await payload.count({ collection: 'grants' })).totalDocs
    const refused = await IMPORTERS.grants.run(payload, write('pipeline-repeated.json', [f, m, f]), { acceptPartial: true }).catch((e) => e)
    expect(refused).toBeInstanceOf(ImportFileError)
    expect((refused as ImportFileError).problems.map((p) => p.message)).toContain(
      'repeats the identifier of grant 1; identifiers must be unique.',
    )
    expect((await payload.count({ collection: 'grants' })).totalDocs).toBe(before)

    const path = write('pipeline-grants.json', [f, m])
    const first = await IMPORTERS.grants.run(payload, path)
    expect(counts(first)).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, flagged: 0, rejected: [], kept: [] })
    await correctByHand('grants', { grantId: { equals: f.id } }, { amountAwarded: 1 })
    const second = await IMPORTERS.grants.run(payload, path)
    expect(counts(second)).toEqual({
      rows: 2,
      created: 0,
      updated: 0,
      unchanged: 1,
      flagged: 0,
      rejected: [],
      kept: [{ row: undefined, record: 'grant 1', byHand: true }],
    })
    const { docs } = await payload.find({ collection: 'grants', where: { grantId: { equals: f.id } }, depth: 0 })
    expect(docs[0].amountAwarded).toBe(1)
  })

  it('every CSV importer refuses a header that names a column twice, storing nothing', async () => {
    for (const c of CASES) {
      const text = readFileSync(c.file(), 'utf8')
      const [header, ...rest] = text.split('\r\n')
      const first = header.split(',')[0]
      const path = join(dir, `repeated-${c.kind}.csv`)
      writeFileSync(path, [`${header},${first}`, ...rest.map((line) => (line ? `${line},x` : line))].join('\r\n'))
      const before = (await payload.count({ collection: c.collection })).totalDocs
      const error = await IMPORTERS[c.kind].run(payload, path, { acceptPartial: true }).catch((e: unknown) => e)
      expect(error, c.kind).toBeInstanceOf(ImportFileError)
      expect((error as ImportFileError).problem, c.kind).toMatchObject({ row: 0, column: first })
      expect((await payload.count({ collection: c.collection })).totalDocs).toBe(before)
    }
  })

  it('covers every importer in the registry', () => {
    expect(new Set([...CASES.map((c) => c.kind), 'grants'])).toEqual(new Set(Object.keys(IMPORTERS)))
  })
})
