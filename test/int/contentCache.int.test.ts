import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SOURCE_DOCUMENTS, TRI_STRANDS, TRI_TERMS } from '../../domain/vocabulary'
import { CONTENT_COLLECTIONS, type ContentKey } from '../../site/loaders/contentCollections'
import { payloadSource, readFromPayload } from '../../site/loaders/payloadSource'
import { readThroughCache } from '../../site/loaders/contentCache'
import { createOrganisation, seedPlanOnly } from './fixtures'
import { createTestPayload } from './harness'

/**
 * A build reuses what it read from Payload while the collection is unchanged
 * (site/loaders/contentCache.ts, issue 15). Reusing a stale read would publish
 * old figures, so after every kind of change a person can make (an edit, a
 * draft, unpublishing, deleting, a new status) the read through the cache must
 * equal a read straight from Payload, and must not have been reused when what
 * the public sees changed.
 */
let payload: Payload
let cleanup: () => Promise<void>
const cacheDir = mkdtempSync(join(tmpdir(), 'fairer-city-content-cache-'))
const context = { disableSiteRebuild: true }

async function readThroughTheCache(content: ContentKey) {
  const collection = CONTENT_COLLECTIONS[content]
  const cached = await readFromPayload(content, collection, cacheDir)
  expect(cached.records, `${content} through the cache`).toEqual((await collection.read(payloadSource)).records)
  return cached
}

const trackerAction = () => ({
  key: 'cache-test-action',
  strand: TRI_STRANDS[0].value,
  order: 1,
  title: 'A cache test action',
  owners: 'London Councils',
  term: TRI_TERMS[0].value,
  status: 'Begun',
  rag: 'yellow' as const,
  source: { document: SOURCE_DOCUMENTS[0].value },
})

let organisationId: number
let commitmentId: number

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPlanOnly(payload)
  organisationId = (await createOrganisation(payload, 'Cache Test Borough')).id
  const commitment = await payload.create({
    collection: 'commitments',
    data: { organisation: organisationId, step: '1.1.4', status: 'planned', assurance: 'self-declared', _status: 'published' },
    context,
  })
  commitmentId = commitment.id
}, 120_000)

afterAll(async () => {
  await cleanup?.()
  rmSync(cacheDir, { recursive: true, force: true })
})

describe('the content cache', () => {
  it('reads from Payload the first time and reuses the read while nothing changed', async () => {
    expect((await readThroughTheCache('organisations')).reused).toBe(false)
    expect((await readThroughTheCache('organisations')).reused).toBe(true)
    expect((await readThroughTheCache('statusChanges')).reused).toBe(false)
    expect((await readThroughTheCache('statusChanges')).reused).toBe(true)
    expect(readdirSync(cacheDir).sort()).toEqual(['organisations.v8', 'statusChanges.v8'])
  })

  it('reads again after a published edit', async () => {
    await payload.update({ collection: 'organisations', id: organisationId, data: { name: 'Cache Test Borough Council' }, context })
    const after = await readThroughTheCache('organisations')
    expect(after.reused).toBe(false)
    expect(after.records).toContainEqual(expect.objectContaining({ name: 'Cache Test Borough Council' }))
  })

  it('keeps what the public sees when only a draft was saved', async () => {
    await readThroughTheCache('organisations')
    await payload.update({ collection: 'organisations', id: organisationId, data: { name: 'Unpublished rename' }, draft: true, context })
    const after = await readThroughTheCache('organisations')
    expect(after.reused).toBe(true)
    expect(after.records).not.toContainEqual(expect.objectContaining({ name: 'Unpublished rename' }))
  })

  it('reads again after a new organisation, and after one is deleted', async () => {
    await readThroughTheCache('organisations')
    const added = await createOrganisation(payload, 'Cache Test Trust')
    expect((await readThroughTheCache('organisations')).reused).toBe(false)
    await payload.delete({ collection: 'organisations', id: added.id, context })
    const after = await readThroughTheCache('organisations')
    expect(after.reused).toBe(false)
    expect(after.records).not.toContainEqual(expect.objectContaining({ name: 'Cache Test Trust' }))
  })

  it('reads grants again when an organisation in review they name is deleted', async () => {
    // The database sets the grant's reference to null without stamping the grant.
    const inReview = await createOrganisation(payload, 'Cache Test Recipient', 'draft')
    await payload.create({
      collection: 'grants',
      data: {
        grantId: '360G-CACHETEST-1',
        title: 'Cache test grant',
        currency: 'GBP',
        amountAwarded: 1000,
        awardDate: '2024-01-15T00:00:00.000Z',
        year: 2024,
        funder: { orgId: 'GB-CHC-9990001', name: 'Test Funder' },
        recipient: { orgId: 'GB-CHC-9990101', name: 'Cache Test Recipient', organisation: inReview.id },
        published: { id: '360G-CACHETEST-1', title: 'Cache test grant' },
      },
      context,
    })
    await readThroughTheCache('grants')
    expect((await readThroughTheCache('grants')).reused).toBe(true)
    await payload.delete({ collection: 'organisations', id: inReview.id, context })
    const after = await readThroughTheCache('grants')
    expect(after.reused).toBe(false)
    expect(after.records).not.toContainEqual(expect.objectContaining({ recipient: expect.objectContaining({ organisation: inReview.id }) }))
  })

  it('reads only the versions saved since for the status history after a new status', async () => {
    await readThroughTheCache('statusChanges')
    await payload.update({ collection: 'commitments', id: commitmentId, data: { status: 'in-progress' }, context })
    const after = await readThroughTheCache('statusChanges')
    expect(after.reused).toBe(false)
    expect(after.savedSince).toBe(1)
    expect(after.records).toContainEqual(expect.objectContaining({ status: 'in-progress' }))
    // A draft adds no published version; publishing it adds one more.
    await payload.update({ collection: 'commitments', id: commitmentId, data: { status: 'complete' }, draft: true, context })
    expect((await readThroughTheCache('statusChanges')).reused).toBe(true)
    await payload.update({ collection: 'commitments', id: commitmentId, data: { _status: 'published' }, context })
    const published = await readThroughTheCache('statusChanges')
    expect(published.savedSince).toBe(1)
    expect(published.records).toContainEqual(expect.objectContaining({ status: 'complete' }))
  })

  it('takes only the commitments saved since, in the order a full read gives, and reads them all again when one is withdrawn', async () => {
    const step = (code: string) => ({
      organisation: organisationId,
      step: code,
      status: 'planned' as const,
      assurance: 'self-declared' as const,
    })
    // Created first, as a draft: published later, it keeps the older createdAt, so it belongs after the one below.
    const inReview = await payload.create({ collection: 'commitments', data: { ...step('1.1.1'), _status: 'draft' }, context })
    const published = await payload.create({ collection: 'commitments', data: { ...step('1.1.2'), _status: 'published' }, context })
    await readThroughTheCache('commitments')
    await payload.update({ collection: 'commitments', id: published.id, data: { narrative: 'Changed after the read' }, context })
    const edited = await readThroughTheCache('commitments')
    // The edited one, and any saved up to a minute before the newest kept (read again to be sure): here, all of them.
    expect(edited.savedSince).toBeGreaterThanOrEqual(1)
    expect(edited.records).toContainEqual(expect.objectContaining({ narrative: 'Changed after the read' }))
    await payload.update({ collection: 'commitments', id: inReview.id, data: { _status: 'published' }, context })
    expect((await readThroughTheCache('commitments')).savedSince).toBeGreaterThanOrEqual(1)
    await payload.update({ collection: 'commitments', id: inReview.id, data: { _status: 'draft' }, context })
    const withdrawn = await readThroughTheCache('commitments')
    expect(withdrawn.reused).toBe(false)
    expect(withdrawn.savedSince).toBeUndefined()
    expect(withdrawn.records).not.toContainEqual(expect.objectContaining({ id: inReview.id }))
    await payload.delete({ collection: 'commitments', id: published.id, context })
    const deleted = await readThroughTheCache('commitments')
    expect(deleted.savedSince).toBeUndefined()
    await payload.delete({ collection: 'commitments', id: inReview.id, context })
  })

  it('reads every version again when a restored version keeps its old date', async () => {
    await readThroughTheCache('statusChanges')
    const { docs } = await payload.findVersions({
      collection: 'commitments',
      where: { parent: { equals: commitmentId }, 'version.status': { equals: 'planned' } },
      limit: 1,
    })
    await payload.restoreVersion({ collection: 'commitments', id: docs[0]!.id, context: { ...context } }) // A copy: Payload's restoreVersion changes the context it is given, and later saves with it fail validation.
    const after = await readThroughTheCache('statusChanges')
    expect(after.reused).toBe(false)
    expect(after.savedSince).toBeUndefined()
  })

  it('reads every version of the programme tracker again once Payload prunes the oldest', async () => {
    const action = await payload.create({ collection: 'tri-actions', data: trackerAction(), context })
    await readThroughTheCache('trackerChanges')
    await payload.update({ collection: 'tri-actions', id: action.id, data: { rag: 'red' }, context })
    expect((await readThroughTheCache('trackerChanges')).savedSince).toBe(1)
    // The collection keeps 100 versions a record; each further save removes the oldest as it adds one.
    for (let n = 0; n < 98; n++)
      await payload.update({ collection: 'tri-actions', id: action.id, data: { status: `Update ${n}` }, context })
    expect((await readThroughTheCache('trackerChanges')).savedSince).toBe(98)
    await payload.update({ collection: 'tri-actions', id: action.id, data: { rag: 'green' }, context })
    const after = await readThroughTheCache('trackerChanges')
    expect(after.reused).toBe(false)
    expect(after.savedSince).toBeUndefined()
  })

  it('reads again when a commitment is unpublished, and its history goes with it', async () => {
    await readThroughTheCache('commitments')
    await readThroughTheCache('statusChanges')
    await payload.update({ collection: 'commitments', id: commitmentId, data: { _status: 'draft' }, context })
    const commitments = await readThroughTheCache('commitments')
    expect(commitments.reused).toBe(false)
    expect(commitments.records).toEqual([])
    const history = await readThroughTheCache('statusChanges')
    expect(history.reused).toBe(false)
    expect(history.savedSince).toBeUndefined()
    expect(history.records).toEqual([])
  })

  it('never gives one database the read of another', async () => {
    const collection = CONTENT_COLLECTIONS.organisations
    const read = () => collection.read(payloadSource)
    const fingerprint = () => collection.fingerprint(payloadSource)
    expect((await readThroughCache(cacheDir, 'organisations', 'file:first.db', fingerprint, read)).reused).toBe(false)
    expect((await readThroughCache(cacheDir, 'organisations', 'file:second.db', fingerprint, read)).reused).toBe(false)
  })

  it("reuses a kept file without asking Payload in Astro's step, which the release step has just checked, and reads one it lacks", async () => {
    const collection = CONTENT_COLLECTIONS.stages
    const read = () => collection.read(payloadSource)
    const never = () => Promise.reject(new Error('the fingerprint was asked for'))
    const database = 'file:verified.db'
    const missing = readThroughCache(cacheDir, 'stages', database, never, read, { verified: true })
    await expect(missing).rejects.toThrow('the fingerprint was asked for')
    const fingerprint = () => collection.fingerprint(payloadSource)
    expect((await readThroughCache(cacheDir, 'stages', database, fingerprint, read)).reused).toBe(false)
    const verified = await readThroughCache(cacheDir, 'stages', database, never, read, { verified: true })
    expect(verified.reused).toBe(true)
    expect(verified.records).toEqual((await read()).records)
  })

  it('reads from Payload, without failing, when a kept file is damaged', async () => {
    writeFileSync(join(cacheDir, 'organisations.v8'), 'not a serialised read')
    const after = await readThroughTheCache('organisations')
    expect(after.reused).toBe(false)
    expect((await readThroughTheCache('organisations')).reused).toBe(true)
  })
})
