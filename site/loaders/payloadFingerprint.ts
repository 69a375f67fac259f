import { createHash } from 'node:crypto'
import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * What the build's content cache (contentCache.ts) compares before reusing a
 * read: a value that changes whenever what an anonymous reader of the
 * collection sees may have changed. Undefined when no such value can be made:
 * the collection is then read afresh every time.
 *
 * - How many records the reader sees and the newest `updatedAt` among them:
 *   every write through Payload stamps `updatedAt` (an edit, publishing,
 *   unpublishing, a restored version, a bulk update), and a removal lowers the
 *   count. This assumes the CMS's clock does not step back between builds.
 * - How many records, drafts included, each collection it refers to holds:
 *   deleting a referred record sets the reference to null in the database
 *   (SQLite's foreign keys) without touching the referring record's
 *   `updatedAt`, and drafts count because a published grant may name an
 *   organisation still in review.
 * - The collection's configuration and the newest migration: either can change
 *   what a read returns without stamping a record. Code (access rules, hooks)
 *   is not compared: a deploy is followed by a full build, which the
 *   incremental build relies on anyway (it takes untouched pages from the
 *   live site).
 */
export async function fingerprint(reader: Payload, collection: CollectionSlug, seen: Seen): Promise<string | undefined> {
  const newest = seen.docs[0] as { updatedAt?: unknown } | undefined
  if (newest && typeof newest.updatedAt !== 'string') return undefined
  const configuration = configurationHash(reader, collection)
  if (configuration === undefined) return undefined
  const referred = await Promise.all(
    referencedCollections(reader, collection).map(async (r) => [
      r,
      (await reader.count({ collection: r, overrideAccess: true })).totalDocs,
    ]),
  )
  const { docs: migrations } = await reader.find({
    collection: 'payload-migrations',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return JSON.stringify([
    seen.totalDocs,
    newest?.updatedAt ?? null,
    Object.fromEntries(referred),
    configuration,
    migrations[0]?.name ?? null,
  ])
}

/** What an anonymous query of the collection (or its versions) saw: its count and newest record by `updatedAt`. */
export interface Seen {
  totalDocs: number
  docs: readonly object[]
}

/** The anonymous query a fingerprint starts from: one record, the newest, and the count. */
export const newestFirst = (where?: Where) => ({
  overrideAccess: false,
  depth: 0,
  limit: 1,
  sort: '-updatedAt',
  ...(where ? { where } : {}),
})

interface FieldLike {
  type?: string
  relationTo?: string | string[]
  fields?: FieldLike[]
  blocks?: Array<{ fields: FieldLike[] }>
  tabs?: Array<{ fields: FieldLike[] }>
}

/** The collections a collection's relationship and upload fields point at, nested fields included. */
export function referencedCollections(reader: Payload, collection: CollectionSlug): CollectionSlug[] {
  const found = new Set<string>()
  const walk = (fields: readonly FieldLike[] = []) => {
    for (const field of fields) {
      if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo)
        for (const r of [field.relationTo].flat()) found.add(r)
      walk(field.fields)
      for (const nested of [...(field.blocks ?? []), ...(field.tabs ?? [])]) walk(nested.fields)
    }
  }
  walk(reader.collections[collection].config.fields as FieldLike[])
  return [...found].sort() as CollectionSlug[]
}

const hashes = new Map<string, string | undefined>()

/** A hash of the collection's sanitised configuration (its fields, their types and options); undefined if it cannot be written out. */
function configurationHash(reader: Payload, collection: CollectionSlug): string | undefined {
  if (!hashes.has(collection)) {
    const visited = new WeakSet<object>()
    try {
      const text = JSON.stringify(reader.collections[collection].config, (_key, value: unknown) => {
        // Not by source: the release step runs it through tsx and Astro through Vite, which write it differently.
        if (typeof value === 'function') return 'function'
        if (typeof value === 'object' && value !== null) {
          if (visited.has(value)) return '[seen]'
          visited.add(value)
        }
        return value
      })
      hashes.set(collection, createHash('sha256').update(text).digest('hex'))
    } catch {
      hashes.set(collection, undefined)
    }
  }
  return hashes.get(collection)
}

/**
 * The count and newest `updatedAt` of a kept fingerprint, when the one taken now
 * differs from it in those alone (loaders/versionsAppend.ts); undefined otherwise.
 */
export function keptCountAndNewest(kept: string, now: string): { count: number; newest: string | null } | undefined {
  try {
    const [count, newest, ...rest] = JSON.parse(kept) as unknown[]
    const [, , ...restNow] = JSON.parse(now) as unknown[]
    if (typeof count !== 'number' || (newest !== null && typeof newest !== 'string')) return undefined
    return JSON.stringify(rest) === JSON.stringify(restNow) ? { count, newest } : undefined
  } catch {
    return undefined
  }
}
