import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { CollectionSlug, Payload, Where } from 'payload'
import { everyPage } from '../../cms/lib/everyPage'
import { config } from '../../domain/config'
import { readThroughCache } from './contentCache'
import type { ContentCollection, ContentKey, ContentRecord, ContentSource } from './contentCollections'
import { fingerprint, newestFirst } from './payloadFingerprint'

/**
 * Where the site's content comes from. By default, Payload's Local API read as
 * an anonymous member of the public: `overrideAccess: false` with no user, so the
 * same access rules that guard the API decide what is published.
 *
 * PORTAL_SNAPSHOT=path.json reads a snapshot instead: the records of each
 * content collection, by content key (scripts/bench/syntheticSnapshot.ts writes
 * one); the benchmark uses it to build synthetic sites without filling a
 * database first.
 */

/** A snapshot holds what the build would read from Payload: each content collection's records before validation. */
export type ContentSnapshot = { [K in ContentKey]?: ContentRecord<K>[] }

let payloadPromise: Promise<Payload> | undefined
let snapshot: Partial<Record<ContentKey, unknown[]>> | undefined

async function payload(): Promise<Payload> {
  payloadPromise ??= import('../../cms/getPortalPayload').then((m) => m.getPortalPayload())
  return payloadPromise
}

/**
 * Records read per query (cms/lib/everyPage.ts). One query for every record
 * failed at 20,000 organisations: SQLite refused the statement for 40,000
 * commitment versions ("too many SQL variables").
 */
const PAGE = 5_000

async function allOf<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const docs: T[] = []
  for await (const doc of pages) docs.push(doc)
  return docs
}

const published: Where = { 'version._status': { equals: 'published' } }

/** A collection's versions an anonymous reader sees, oldest first, a page at a time. */
async function versionPages<C extends CollectionSlug>(collection: C, where: Where | undefined) {
  const reader = await payload()
  return everyPage((page) =>
    reader.findVersions({
      collection,
      overrideAccess: false,
      depth: 0,
      limit: PAGE,
      page,
      sort: ['createdAt', 'id'],
      ...(where ? { where } : {}),
    }),
  )
}

/** A collection's published documents an anonymous reader sees, newest first (Payload's default order, -createdAt), a page at a time. */
async function documentPages<C extends CollectionSlug>(collection: C, where: Where | undefined) {
  const reader = await payload()
  return everyPage((page) =>
    reader.find({
      collection,
      overrideAccess: false,
      depth: 0,
      limit: PAGE,
      page,
      sort: ['-createdAt', '-id'],
      draft: false,
      ...(where ? { where } : {}),
    }),
  )
}

/** How many published documents an anonymous reader sees, with the newest by `updatedAt`. */
const publishedSeen = (reader: Payload, collection: CollectionSlug) =>
  reader.find({ collection, ...newestFirst(), draft: false, select: { updatedAt: true } })

/** The same for versions. */
const versionsSeen = (reader: Payload, collection: CollectionSlug, publishedOnly: boolean) =>
  reader.findVersions({ collection, ...newestFirst(publishedOnly ? published : undefined) })

/** Payload's Local API as an anonymous reader. */
export const payloadSource: ContentSource = {
  async published(collection) {
    return allOf(await documentPages(collection, undefined))
  },
  async publishedSavedSince(collection, since) {
    const docs = await allOf(await documentPages(collection, { updatedAt: { greater_than_equal: since } }))
    // Counted as the fingerprint counts.
    return { docs, total: (await publishedSeen(await payload(), collection)).totalDocs }
  },
  async versions(collection, { publishedOnly }) {
    return allOf(await versionPages(collection, publishedOnly ? published : undefined))
  },
  async versionsSavedAfter(collection, { publishedOnly }, after) {
    const reader = await payload()
    const savedAfter: Where = { updatedAt: { greater_than: after } }
    const versions = await allOf(await versionPages(collection, publishedOnly ? { and: [published, savedAfter] } : savedAfter))
    return { versions, total: (await versionsSeen(reader, collection, publishedOnly)).totalDocs }
  },
  async publishedFingerprint(collection) {
    const reader = await payload()
    return fingerprint(reader, collection, await publishedSeen(reader, collection))
  },
  async versionsFingerprint(collection, { publishedOnly }) {
    const reader = await payload()
    return fingerprint(reader, collection, await versionsSeen(reader, collection, publishedOnly))
  },
}

/**
 * A content collection's records from Payload, through the build's content cache
 * (loaders/contentCache.ts) when the build names one: reused while the
 * collection's fingerprint is unchanged, otherwise read and kept.
 */
export async function readFromPayload(content: ContentKey, collection: ContentCollection, cacheDir = config.siteContentCacheDir) {
  if (!cacheDir) return { records: (await collection.read(payloadSource)).records, reused: false }
  return readThroughCache(
    cacheDir,
    content,
    // Hashed: a MongoDB address can hold a password, and this is written to disk.
    createHash('sha256')
      .update(config.databaseUri ?? config.defaultSqlitePath)
      .digest('hex'),
    () => collection.fingerprint(payloadSource),
    (kept) => collection.read(payloadSource, kept),
    { verified: config.siteContentCacheVerified },
  )
}

/** One content collection's records, from the snapshot when PORTAL_SNAPSHOT names one, otherwise from Payload. */
export async function readRecords(content: ContentKey, collection: ContentCollection): Promise<unknown[]> {
  const snapshotFile = config.portalSnapshot
  if (!snapshotFile) return (await readFromPayload(content, collection)).records
  // Not trusted as typed: every record is validated against its schema next, like one from Payload.
  snapshot ??= JSON.parse(readFileSync(snapshotFile, 'utf8')) as Partial<Record<ContentKey, unknown[]>>
  return snapshot[content] ?? []
}
