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

/** The source's date as a version holds it, when it gives one. */
type StoredSourceDate = { date?: string | null; kind?: 'since' | 'as-of' | null; quote?: string | null } | null | undefined
const statedOf = (d: StoredSourceDate) => (d?.date ? { date: d.date, kind: d.kind ?? 'as-of', quote: d.quote ?? undefined } : undefined)
const sameStated = (a: StoredSourceDate, b: StoredSourceDate) =>
  (a?.date ?? null) === (b?.date ?? null) && (a?.kind ?? null) === (b?.kind ?? null)

const idOf = (parent: StoredVersion<unknown>['parent']) => (typeof parent === 'object' ? parent.id : parent)
const savedAt = (version: StoredVersion<unknown>) => String(version.updatedAt ?? version.createdAt)

/**
 * Each commitment's published versions reduced to the moments its status
 * changed. Pass published versions only: a draft's status was never public.
 * `at` is when the portal recorded the change; `stated` the date its source
 * gives (sourceDate), carried only by the change it was given with (the first
 * version, or one that set the date), so a later change never borrows it.
 */
export function statusChangesFromVersions(
  versions: Array<StoredVersion<{ status?: StatusChangeRecord['status'] | null; sourceDate?: StoredSourceDate }>>,
): StatusChangeRecord[] {
  const changes: StatusChangeRecord[] = []
  const last = new Map<string, { status: string; sourceDate: StoredSourceDate }>()
  for (const version of versions) {
    const { status, sourceDate } = version.version
    if (!status) continue
    const commitment = idOf(version.parent)
    const key = String(commitment)
    const before = last.get(key)
    last.set(key, { status, sourceDate })
    if (before?.status === status) continue
    const stated = !before || !sameStated(before.sourceDate, sourceDate) ? statedOf(sourceDate) : undefined
    changes.push({ commitment, status, at: savedAt(version), ...(stated ? { stated } : {}) })
  }
  return changes
}

/**
 * Each programme action's versions reduced to the moments its rating or status
 * changed. The first version counts as a change ("recorded"): it is where the
 * record starts. Versions without a key, rating or status are skipped.
 */
export function trackerChangesFromVersions(
  versions: Array<
    StoredVersion<{ key?: string | null; rag?: TrackerChangeRecord['rag'] | null; status?: string | null; sourceDate?: StoredSourceDate }>
  >,
): TrackerChangeRecord[] {
  const last = new Map<string, { rag: string; status: string; sourceDate: StoredSourceDate }>()
  const changes: TrackerChangeRecord[] = []
  for (const version of versions) {
    const { key, rag, status, sourceDate } = version.version
    if (!key || !rag || !status) continue
    const before = last.get(key)
    const changed: TrackerChangeKind[] = before
      ? [...(before.rag !== rag ? (['rating'] as const) : []), ...(before.status !== status ? (['status'] as const) : [])]
      : ['recorded']
    last.set(key, { rag, status, sourceDate })
    const stated = !before || !sameStated(before.sourceDate, sourceDate) ? statedOf(sourceDate) : undefined
    if (changed.length > 0) changes.push({ action: key, at: savedAt(version), rag, status, changed, ...(stated ? { stated } : {}) })
  }
  return changes
}
