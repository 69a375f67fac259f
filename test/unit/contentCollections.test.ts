import type { PayloadRequest, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../site/loaders/contentCollections'

/**
 * The content table (site/loaders/contentCollections.ts) against the CMS's own
 * config: every collection an anonymous reader may read is on the site, and
 * nothing else. Derived from the access rules, so a collection made public (or
 * private) in the CMS fails here until the table follows.
 */

// A member of the public: no user. The access rules read only `req.user`; a whole request is Payload's to build.
const anonymous = { user: null, context: {} } as PayloadRequest

let config: SanitizedConfig
// Loading the whole CMS config (every collection, importer and hook) passes the unit project's 10 s default on a busy machine.
beforeAll(async () => {
  config = await (await import('../../cms/payload.config')).default
}, 60_000)

async function publiclyReadable(): Promise<string[]> {
  const slugs: string[] = []
  for (const collection of config.collections) if ((await collection.access.read({ req: anonymous })) !== false) slugs.push(collection.slug)
  return slugs.sort()
}

/** Public collections the table has no entry for. */
function uncovered(table: Record<string, ContentCollection>, publicSlugs: string[]): string[] {
  const covered = new Set<string>(Object.values(table).map((entry) => entry.collection))
  return publicSlugs.filter((slug) => !covered.has(slug))
}

describe('the content table', () => {
  test('has an entry for every collection the public can read, and reads no other', async () => {
    const publicSlugs = await publiclyReadable()
    expect(publicSlugs.length).toBeGreaterThan(10)
    expect(uncovered(CONTENT_COLLECTIONS, publicSlugs)).toEqual([])
    expect([...new Set(Object.values(CONTENT_COLLECTIONS).map((entry) => entry.collection))].sort()).toEqual(publicSlugs)
  })

  test('names a public collection left out of it', async () => {
    const { grants: _grants, trackerActions: _trackerActions, trackerChanges: _trackerChanges, ...incomplete } = CONTENT_COLLECTIONS
    expect(uncovered(incomplete, await publiclyReadable())).toEqual(['grants', 'tri-actions'])
  })

  test('derives histories only from versions the public can read', async () => {
    const derived = Object.values(CONTENT_COLLECTIONS).filter((entry) => entry.ids === 'position')
    expect(derived.map((entry) => entry.collection)).toEqual(['commitments', 'tri-actions'])
    for (const entry of derived) {
      const readVersions = config.collections.find((c) => c.slug === entry.collection)?.access.readVersions
      expect(readVersions, entry.collection).toBeTypeOf('function')
      expect(await readVersions?.({ req: anonymous }), entry.collection).not.toBe(false)
    }
  })
})
