import type { CollectionSlug } from 'payload'
import type { ContentSource } from './contentCollections'
import { keptCountAndNewest } from './payloadFingerprint'
import type { KeptRead } from './versionsAppend'

/**
 * After one commitment is published, an incremental build read all 20,000
 * published commitments again at 20,000 organisations: 5.8 s of the release
 * step (issue 15). For a collection whose public read depends on the record's
 * own fields alone (its `_status`), a record becomes visible, changes or is
 * hidden only by a save, and every save stamps `updatedAt`. So the kept
 * records are brought up to date with those saved since the kept fingerprint's
 * newest `updatedAt`, less a minute (a save stamped just before it but
 * committed after the kept read, or in the same millisecond, is read again
 * rather than missed for good), each replacing the kept record of its ID,
 * when:
 * - the fingerprint differs only in its count and newest `updatedAt` (no
 *   referred record deleted, no configuration or migration changed);
 * - the kept records are exactly the ones the kept fingerprint counted;
 * - the count now equals the kept records and those saved since, told apart by
 *   ID, so none was deleted or hidden (unpublishing stamps the record, which
 *   the reader then no longer sees: the count falls short).
 * The records are put in the order a full read gives: newest created first,
 * then highest ID. Otherwise every record is read again.
 */
type Doc = { id: number | string; createdAt: string }

const OVERLAP_MS = 60_000

export async function mergedPublished(
  source: ContentSource,
  collection: CollectionSlug,
  kept: KeptRead,
): Promise<{ records: unknown[]; savedSince: number } | undefined> {
  const since = keptCountAndNewest(kept.fingerprint, kept.now)
  if (!since || since.newest === null || kept.records.length !== since.count) return undefined
  const { docs: saved, total } = await source.publishedSavedSince(collection, new Date(Date.parse(since.newest) - OVERLAP_MS).toISOString())
  const byId = new Map((kept.records as Doc[]).map((record) => [record.id, record]))
  for (const doc of saved as Doc[]) byId.set(doc.id, doc)
  if (byId.size !== total) return undefined
  return { records: [...byId.values()].sort(newestCreatedFirst), savedSince: saved.length }
}

/** Payload's sort `['-createdAt', '-id']`, as the full read asks for it. */
function newestCreatedFirst(a: Doc, b: Doc): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  if (typeof a.id === 'number' && typeof b.id === 'number') return b.id - a.id
  return String(a.id) < String(b.id) ? 1 : String(a.id) > String(b.id) ? -1 : 0
}
