import type { CollectionAfterChangeHook } from 'payload'
import { LOCKS } from '../access/documentLocks'

/**
 * A record changes hands when it is submitted, sent back or published: the
 * person handing it over is done with it, so their lock on it goes (issue 14:
 * a curator's review left the document "currently editing" to the reporter,
 * who was offered "Take over"). Locks are Payload's admin bookkeeping, so this
 * deletes them without access checks; the record itself is unchanged.
 */
export const releaseLocksOnHandOff: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req, operation }) => {
  const state = (doc as { review?: { state?: string } }).review?.state
  const before = (previousDoc as { review?: { state?: string } } | undefined)?.review?.state
  const published = (doc as { _status?: string })._status === 'published' && (previousDoc as { _status?: string })?._status !== 'published'
  if (operation !== 'update' || (state === before && !published)) return doc
  await req.payload.delete({
    collection: LOCKS as 'users',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: doc.id } }] },
    overrideAccess: true,
    req,
  })
  return doc
}
