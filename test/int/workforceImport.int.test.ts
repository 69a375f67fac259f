import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from '../../cms/importers/problems'
import { importOpenInnovations, sectionOf } from '../../cms/importers/workforce/importOpenInnovations'
import { createTestPayload } from './harness'

const DIR = '../shared/data/workforce-diversity'
const haveData = existsSync(DIR)
if (!haveData) console.warn(`Skipping the workforce import tests: ${DIR} is absent.`)

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.runIf(haveData).sequential('importing Open Innovations workforce profiles', () => {
  it('stores every published headcount of every row, and says which rows it could not read', async () => {
    const file = join(DIR, 'leeds-city-region/combined.csv')
    const source = parse(readFileSync(file), { columns: true, bom: true }) as Array<Record<string, string>>
    const summary = await importOpenInnovations(payload, file)
    expect(summary.rows).toBe(source.length)
    const rejectedRows = new Set(summary.rejected.map((p) => p.row))
    expect(summary.created + rejectedRows.size + (summary.notes.some((n) => n.includes('blank row')) ? 1 : 0)).toBe(source.length)

    // Each stored profile's counts equal the row's non-blank cells in the standard's sections.
    const { docs } = await payload.find({ collection: 'workforce-profiles', pagination: false, depth: 0 })
    for (const profile of docs) {
      const row = source[profile.provenance!.sourceRow! - 1]
      const expected = Object.entries(row)
        .filter(([column, value]) => sectionOf(column.trim()) && value.trim() !== '')
        .map(([column, value]) => ({ ...sectionOf(column.trim())!, headcount: Number(value) }))
      expect(profile.counts?.map(({ characteristic, category, headcount }) => ({ characteristic, category, headcount }))).toEqual(expected)
    }
  })

  it('reads a date re-saved by a spreadsheet as a UK date', async () => {
    const { docs } = await payload.find({ collection: 'workforce-profiles', where: { published: { equals: '2022-05-16' } }, depth: 0 })
    expect(docs.length).toBe(1)
  })

  it('imports older files of the standard, and importing again changes nothing', async () => {
    for (const name of ['example-incomplete-inc.csv', 'example-big-change-corp.csv', 'kelda-group.csv'])
      await importOpenInnovations(payload, join(DIR, 'examples-from-history', name))
    const versions = (await payload.countVersions({ collection: 'workforce-profiles' })).totalDocs
    const again = await importOpenInnovations(payload, join(DIR, 'examples-from-history', 'kelda-group.csv'))
    expect(again).toMatchObject({ rows: 12, created: 0, updated: 0, unchanged: 12 })
    expect((await payload.countVersions({ collection: 'workforce-profiles' })).totalDocs).toBe(versions)
  })

  it('refuses a file that is not in the standard, naming the missing columns', async () => {
    const error = await importOpenInnovations(payload, join(DIR, 'leeds-city-region/leeds.csv')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).problem).toMatchObject({ row: 0, column: 'published' })
  })
})
