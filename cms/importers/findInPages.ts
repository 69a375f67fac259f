import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { everyPage } from '../lib/everyPage'

/** Records read per query: a whole source at once (10,600 reports and their organisations) took the import past 800 MB while the rows were materialised. */
const PAGE = 1_000

/**
 * Every stored record matching `where`, as drafts (the newest version), at depth 0,
 * read a page at a time in the import's transaction, so that the memory a read
 * needs is bounded by the page rather than by how much is stored. Newest first,
 * as Payload's default order gave them to the matcher (whose first record with
 * a name keeps it); the id makes the order total, so pages neither skip nor repeat.
 */
export async function* findInPages(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  where?: Where,
): AsyncGenerator<Record<string, unknown> & { id: number | string }> {
  const pages = everyPage((page) =>
    payload.find({ collection, where, limit: PAGE, page, sort: '-id', depth: 0, draft: true, req, overrideAccess: true }),
  )
  for await (const doc of pages) yield doc as unknown as Record<string, unknown> & { id: number | string }
}
