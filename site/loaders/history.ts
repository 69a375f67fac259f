import type { z } from 'astro/zod'
import type { statusChangeSchema } from './schemas/commitments'
import type { TRACKER_CHANGE_KINDS, trackerChangeSchema } from './schemas/programmeTracker'

/**
 * Public histories derived from a collection's versions: pure functions from
 * versions, oldest first, to the moments that matter, so they are tested
 * without a database and cannot disagree with what was saved.
 */

/** A version as Payload's findVersions returns it, with only what the histories read. */
export interface StoredVersion<T> {
  /** The document the version belongs to: its ID, or the document when populated. */
  parent: number | string | { id: number | string }
  /** The document as it was saved in this version. */
  version: T
  createdAt: string
  updatedAt?: string | null
}

export type StatusChangeRecord = z.input<typeof statusChangeSchema>
export type TrackerChangeRecord = z.input<typeof trackerChangeSchema>
type TrackerChangeKind = (typeof TRACKER_CHANGE_KINDS)[number]

const idOf = (parent: StoredVersion<unknown>['parent']) => (typeof parent === 'object' ? parent.id : parent)
const savedAt = (version: StoredVersion<unknown>) => String(version.updatedAt ?? version.createdAt)

/**
 * Each commitment's published versions reduced to the moments its status
 * changed. Pass published versions only: a draft's status was never public.
 */
export function statusChangesFromVersions(
  versions: Array<StoredVersion<{ status?: StatusChangeRecord['status'] | null }>>,
): StatusChangeRecord[] {
  const changes: StatusChangeRecord[] = []
  const lastStatus = new Map<string, string>()
  for (const version of versions) {
    const { status } = version.version
    if (!status) continue
    const commitment = idOf(version.parent)
    const key = String(commitment)
    if (lastStatus.get(key) === status) continue
    lastStatus.set(key, status)
    changes.push({ commitment, status, at: savedAt(version) })
  }
  return changes
}

/**
 * Each programme action's versions reduced to the moments its rating or status
 * changed. The first version counts as a change ("recorded"): it is where the
 * record starts. Versions without a key, rating or status are skipped.
 */
export function trackerChangesFromVersions(
  versions: Array<StoredVersion<{ key?: string | null; rag?: TrackerChangeRecord['rag'] | null; status?: string | null }>>,
): TrackerChangeRecord[] {
  const last = new Map<string, { rag: string; status: string }>()
  const changes: TrackerChangeRecord[] = []
  for (const version of versions) {
    const { key, rag, status } = version.version
    if (!key || !rag || !status) continue
    const before = last.get(key)
    const changed: TrackerChangeKind[] = before
      ? [...(before.rag !== rag ? (['rating'] as const) : []), ...(before.status !== status ? (['status'] as const) : [])]
      : ['recorded']
    last.set(key, { rag, status })
    if (changed.length > 0) changes.push({ action: key, at: savedAt(version), rag, status, changed })
  }
  return changes
}
