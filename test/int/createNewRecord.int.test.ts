import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalReq, ValidationError, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNewRecord } from '../../cms/importers/createNewRecord'
import { importGpgFile } from '../../cms/importers/gpg/importGpgFile'
import type { NewRecords } from '../../cms/importers/importSummary'
import { createTestPayload } from './harness'

/**
 * Imports create records without Payload's per-record version pruning
 * (cms/importers/createNewRecord.ts). Here the same real rows are imported
 * through payload.create and through that path, each into an emptied database,
 * and every record and every version (as the admin's version history lists
 * them) must be the same, apart from ids and timestamps.
 */
const DATA = '../shared/data/gpg'
const haveData = existsSync(DATA)
if (!haveData) console.warn(`Skipping the fast-create equivalence test: ${DATA} is absent.`)
/** Enough rows that employers in both years meet (name matches held for review, enrichments), few enough to run twice. */
const ROWS = 400

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

const COLLECTIONS = ['organisations', 'pay-gap-reports', 'match-reviews', 'corrections'] as const satisfies CollectionSlug[]
/** Set from the clock at write time, so never equal between two imports. */
const TIMES = new Set(['createdAt', 'updatedAt', 'until', 'submittedAt', 'correctedAt'])
/** A correction's record by id (its title is compared). */
const IDS = new Set(['id', 'recordId'])
/** Relationships, compared by what they point to rather than by id. */
const RELATIONS = new Set(['organisation', 'parent', 'candidate', 'heldAs', 'mergeInto', 'import', 'lastEditedBy'])

/** The first `rows` rows of a real file, cells as the service publishes them (some span lines). */
function firstRowsOf(name: string, rows: number): string {
  const records = parse(readFileSync(join(DATA, name)), { columns: true, bom: true }) as Array<Record<string, string>>
  const file = join(mkdtempSync(join(tmpdir(), 'fast-create-')), name)
  writeFileSync(file, stringify(records.slice(0, rows), { header: true }))
  return file
}

type Doc = Record<string, unknown> & { id: number | string }

/** Every record and version, keyed so that two imports can be compared: ids become what they point to. */
async function snapshot(): Promise<Record<string, unknown>> {
  const docs = new Map<string, Doc[]>()
  for (const collection of COLLECTIONS)
    docs.set(
      collection,
      (await payload.find({ collection, pagination: false, depth: 0, draft: true, sort: 'id' })).docs as unknown as Doc[],
    )
  const nameOf = new Map<string, string>()
  for (const o of docs.get('organisations')!) nameOf.set(String(o.id), `organisation ${String(o.slug)}`)
  for (const r of docs.get('pay-gap-reports')!) nameOf.set(`r${String(r.id)}`, `report ${String(r.title)}`)
  const stable = (value: unknown, key = ''): unknown => {
    if (RELATIONS.has(key) && value !== null && value !== undefined && typeof value !== 'object')
      return key === 'parent' ? value : (nameOf.get(String(value)) ?? `unknown ${String(value)}`)
    if (Array.isArray(value)) return value.map((v) => stable(v))
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !IDS.has(k) && !TIMES.has(k))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, stable(v, k)]),
      )
    return value
  }
  const out: Record<string, unknown> = {}
  for (const collection of COLLECTIONS) {
    const records = docs.get(collection)!
    out[collection] = records.map((d) => stable(d))
    if (collection === 'organisations' || collection === 'pay-gap-reports') {
      // As the admin's version history asks for them: the record's versions, newest first.
      const histories = []
      for (const record of records) {
        const { docs: versions } = await payload.findVersions({
          collection,
          where: { parent: { equals: record.id } },
          sort: '-updatedAt',
          pagination: false,
          depth: 0,
        })
        const parent = collection === 'organisations' ? nameOf.get(String(record.id)) : nameOf.get(`r${String(record.id)}`)
        histories.push({ parent, versions: versions.map((v) => ({ ...(stable(v) as object), parent })) })
      }
      out[`${collection} versions`] = histories
    }
  }
  return out
}

async function emptyDatabase(): Promise<void> {
  // Those that point to organisations first; versions before their records.
  for (const collection of [...COLLECTIONS].reverse()) {
    if (payload.collections[collection].config.versions) await payload.db.deleteVersions({ collection, where: {} })
    await payload.db.deleteMany({ collection, where: {} })
  }
  for (const collection of COLLECTIONS) expect((await payload.count({ collection })).totalDocs).toBe(0)
}

async function importBoth(newRecords: NewRecords, files: string[]) {
  await emptyDatabase()
  const summaries = []
  for (const file of files) summaries.push(await importGpgFile(payload, file, { newRecords }))
  return { summaries, stored: await snapshot() }
}

describe.runIf(haveData).sequential('imports create records as payload.create does', { timeout: 600_000 }, () => {
  it('the same rows store the same records, versions, statuses and summaries either way', async () => {
    // A later year after an earlier one: creates, enrichments (updates), and name-only matches held for review.
    const files = [firstRowsOf('gpg_london_2022-23.csv', ROWS), firstRowsOf('gpg_london_2017-18.csv', ROWS)]
    const full = await importBoth('payload-create', files)
    const fast = await importBoth('without-version-pruning', files)

    const reports = full.stored['pay-gap-reports'] as Array<Record<string, unknown>>
    const organisations = full.stored.organisations as Array<Record<string, unknown>>
    // Not a comparison of two empty lists: both years' rows are stored, with their organisations and history.
    expect(reports).toHaveLength(2 * ROWS)
    expect(organisations.length).toBeGreaterThan(ROWS)
    expect(reports.every((r) => r._status === 'published' && (r.review as { state?: string }).state === 'approved')).toBe(true)
    expect(organisations.some((o) => o._status === 'draft')).toBe(true)
    const versions = full.stored['organisations versions'] as Array<{ versions: Array<Record<string, unknown>> }>
    expect(versions.some((h) => h.versions.length > 1)).toBe(true)
    expect(versions.every((h) => h.versions.filter((v) => v.latest).length === 1)).toBe(true)

    expect(fast.summaries).toEqual(full.summaries)
    for (const part of Object.keys(full.stored)) expect(fast.stored[part], part).toEqual(full.stored[part])
  })

  it('refuses a value the collection does not accept, as payload.create does', async () => {
    const req = await createLocalReq({}, payload)
    const [organisation] = (await payload.find({ collection: 'organisations', limit: 1, depth: 0 })).docs
    const data = { organisation: organisation!.id, year: 1990, characteristic: 'gender', referenceGroup: 'Men', comparisonGroup: 'Women' }
    const refusal = await createNewRecord(payload, req, 'pay-gap-reports', data).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).data.errors.map((e) => e.path)).toEqual(['year'])
    const viaPayload = await payload.create({ collection: 'pay-gap-reports', data: data as never }).catch((e: unknown) => e)
    expect((viaPayload as ValidationError).data.errors.map((e) => e.path)).toEqual(['year'])
  })
})
