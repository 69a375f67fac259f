import type { CollectionSlug } from 'payload'
import type { ContentSource } from './contentCollections'
import type { StoredVersion } from './history'
import { keptCountAndNewest } from './payloadFingerprint'

/**
 * A history derived from a collection's versions (the commitments' status
 * history, the programme tracker's changes) is read again whenever one version
 * is added, and at 20,000 organisations that read is 40,000 commitment
 * versions, about 8 s of an incremental build (issue 15). Versions are written
 * once and only ever added, so the build keeps the versions it read (only the
 * fields the history uses) and asks Payload for those saved since.
 *
 * The kept versions are extended only when that is provably what a full read
 * would give; otherwise every version is read again:
 * - the fingerprint differs only in its count and newest `updatedAt` (no
 *   referred record deleted, no configuration or migration changed);
 * - the kept versions are exactly the ones the kept fingerprint counted (none
 *   landed between the fingerprint and the read);
 * - the count now is the kept count plus the versions saved since, so none was
 *   removed, hidden, unpublished or rewritten in place (Payload's unpublish and
 *   autosave update the latest version, which then counts twice);
 * - every version saved since was created after the last kept one, so they
 *   belong at the end in the full read's order (a restored version keeps its
 *   old `createdAt` and fails this).
 */
export type KeptVersion = StoredVersion<Record<string, unknown>>

/** What an earlier read kept (contentCache.ts), handed to the next read of the collection once its fingerprint has changed. */
export interface KeptRead {
  /** The fingerprint the records were read under, and the one taken now. */
  fingerprint: string
  now: string
  records: unknown[]
  /** For records derived from versions: the versions they came from. */
  versions?: KeptVersion[]
}

/** A version with only what a history reads: who it belongs to, when, and the named fields of what was saved. */
export function trimmed(version: StoredVersion<object>, fields: readonly string[]): KeptVersion {
  const parent = typeof version.parent === 'object' ? version.parent.id : version.parent
  const whole = version.version as Record<string, unknown>
  const saved = Object.fromEntries(fields.filter((f) => f in whole).map((f) => [f, whole[f]]))
  return { parent, version: saved, createdAt: version.createdAt, updatedAt: version.updatedAt ?? null }
}

/** The kept versions with those saved since appended, or undefined when only a full read is sure to be right. */
export async function appendedVersions(
  source: ContentSource,
  collection: CollectionSlug,
  options: { publishedOnly: boolean },
  fields: readonly string[],
  kept: KeptRead,
): Promise<{ versions: KeptVersion[]; savedSince: number } | undefined> {
  const since = keptCountAndNewest(kept.fingerprint, kept.now)
  if (!kept.versions || !since || since.newest === null || kept.versions.length !== since.count) return undefined
  const { versions: newer, total } = await source.versionsSavedAfter(collection, options, since.newest)
  if (total !== since.count + newer.length) return undefined
  const lastKept = kept.versions.at(-1)
  const time = (v: { createdAt: string }) => new Date(v.createdAt).getTime()
  if (lastKept && newer.some((v) => !(time(v) > time(lastKept)))) return undefined
  return { versions: [...kept.versions, ...newer.map((v) => trimmed(v, fields))], savedSince: newer.length }
}
