import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { config } from '../../domain/config'
import type { ContentCollection, ContentKey, ContentRecord, ContentSource } from './contentCollections'

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

/** A snapshot holds what the loaders would read: each content collection's records before validation. */
export type ContentSnapshot = { [K in ContentKey]?: ContentRecord<K>[] }

let payloadPromise: Promise<Payload> | undefined
let snapshot: Partial<Record<ContentKey, unknown[]>> | undefined

async function payload(): Promise<Payload> {
  payloadPromise ??= import('../../cms/getPortalPayload').then((m) => m.getPortalPayload())
  return payloadPromise
}

/** Payload's Local API as an anonymous reader. */
export const payloadSource: ContentSource = {
  async published(collection) {
    const { docs } = await (await payload()).find({ collection, overrideAccess: false, depth: 0, pagination: false, draft: false })
    return docs
  },
  async versions(collection, { publishedOnly }) {
    const { docs } = await (
      await payload()
    ).findVersions({
      collection,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      ...(publishedOnly ? { where: { 'version._status': { equals: 'published' } } } : {}),
    })
    return docs
  },
}

/** One content collection's records, from the snapshot when PORTAL_SNAPSHOT names one, otherwise from Payload. */
export async function readRecords(content: ContentKey, collection: ContentCollection): Promise<unknown[]> {
  const snapshotFile = config.portalSnapshot
  if (!snapshotFile) return collection.read(payloadSource)
  // Not trusted as typed: every record is validated against its schema next, like one from Payload.
  snapshot ??= JSON.parse(readFileSync(snapshotFile, 'utf8')) as Partial<Record<ContentKey, unknown[]>>
  return snapshot[content] ?? []
}
