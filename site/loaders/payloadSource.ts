import { readFileSync } from 'node:fs'
import { config } from '../../domain/config'
import type { CollectionSlug, Payload } from 'payload'

/**
 * Where the site's content comes from. By default, Payload's Local API read as
 * an anonymous member of the public: `overrideAccess: false` with no user, so the
 * same access rules that guard the API decide what is published.
 *
 * PORTAL_SNAPSHOT=path.json reads a snapshot instead (the shape
 * scripts/bench/syntheticSnapshot.ts writes); the benchmark uses it to build synthetic sites
 * without filling a database first.
 */

export type PublicCollection =
  | 'stages'
  | 'priorities'
  | 'actions'
  | 'steps'
  | 'organisations'
  | 'commitments'
  | 'pay-gap-reports'
  | 'workforce-profiles'
  | 'grants'
  | 'funding-applications'
  | 'funding-targets'
  | 'resources'
  | 'resource-files'
  | 'case-studies'
  | 'tri-actions'
  | 'dataset-releases'
  | 'corrections'

export interface StatusChangeRecord {
  commitment: number | string
  status: string
  at: string
}

export interface TriChangeRecord {
  action: string
  at: string
  rag: string
  status: string
  changed: string[]
}

export interface ContentSnapshot {
  collections: Partial<Record<PublicCollection, Array<Record<string, unknown>>>>
  statusHistory: StatusChangeRecord[]
  triHistory?: TriChangeRecord[]
}

let payloadPromise: Promise<Payload> | undefined
let snapshot: ContentSnapshot | undefined

function readSnapshot(path: string): ContentSnapshot {
  snapshot ??= JSON.parse(readFileSync(path, 'utf8')) as ContentSnapshot
  return snapshot
}

async function payload(): Promise<Payload> {
  payloadPromise ??= import('../../cms/getPortalPayload').then((m) => m.getPortalPayload())
  return payloadPromise
}

/** Every published document of a collection, as an anonymous reader sees it. */
export async function readPublished(collection: PublicCollection): Promise<Array<Record<string, unknown>>> {
  if (config.portalSnapshot) return readSnapshot(config.portalSnapshot).collections[collection] ?? []
  const client = await payload()
  const result = await client.find({
    collection: collection as CollectionSlug,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    draft: false,
  })
  return result.docs as unknown as Array<Record<string, unknown>>
}

/**
 * The public history of each commitment's status: its published versions, oldest
 * first, reduced to the moments the status changed.
 */
export async function readStatusHistory(): Promise<StatusChangeRecord[]> {
  if (config.portalSnapshot) return readSnapshot(config.portalSnapshot).statusHistory ?? []
  const client = await payload()
  const { docs } = await client.findVersions({
    collection: 'commitments',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { 'version._status': { equals: 'published' } },
  })
  const changes: StatusChangeRecord[] = []
  const lastStatus = new Map<string, string>()
  for (const version of docs) {
    const parentValue = version.parent as number | string | { id: number | string }
    const parent = typeof parentValue === 'object' ? parentValue.id : parentValue
    const status = (version.version as { status?: string }).status
    if (!status) continue
    const key = String(parent)
    if (lastStatus.get(key) === status) continue
    lastStatus.set(key, status)
    changes.push({ commitment: parent, status, at: String(version.updatedAt ?? version.createdAt) })
  }
  return changes
}

/**
 * The programme tracker's public history: each action's versions, oldest first,
 * reduced to the moments its rating or status changed (the first version counts
 * as a change: it is where the record starts).
 */
export async function readTriHistory(): Promise<TriChangeRecord[]> {
  if (config.portalSnapshot) return readSnapshot(config.portalSnapshot).triHistory ?? []
  const client = await payload()
  const { docs } = await client.findVersions({
    collection: 'tri-actions',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
  })
  const last = new Map<string, { rag: string; status: string }>()
  const changes: TriChangeRecord[] = []
  for (const version of docs) {
    const v = version.version as { key?: string; rag?: string; status?: string }
    if (!v.key || !v.rag || !v.status) continue
    const before = last.get(v.key)
    const changed = before ? [...(before.rag !== v.rag ? ['rating'] : []), ...(before.status !== v.status ? ['status'] : [])] : ['recorded']
    last.set(v.key, { rag: v.rag, status: v.status })
    if (changed.length > 0)
      changes.push({ action: v.key, at: String(version.updatedAt ?? version.createdAt), rag: v.rag, status: v.status, changed })
  }
  return changes
}
