import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { siteRebuildEnabled, siteRebuildScheduler } from '../lib/siteRebuild'

function isPublic(doc: { _status?: string } | undefined, drafts: boolean): boolean {
  return Boolean(doc) && (!drafts || doc?._status === 'published')
}

/**
 * Seeds and bulk imports set `context.disableSiteRebuild` (cms/requestContext.ts) to skip rebuilding per record.
 *
 * Rebuilds the public site when what it shows may have changed: something was
 * published, unpublished, or edited while published. Draft-only saves do nothing.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, collection, context }) => {
  if (context.disableSiteRebuild || !siteRebuildEnabled()) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (isPublic(doc, drafts) || isPublic(previousDoc, drafts)) {
    siteRebuildScheduler().schedule(`${collection.slug} ${doc.id} changed`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, context }) => {
  if (context.disableSiteRebuild || !siteRebuildEnabled()) return doc
  if (isPublic(doc, Boolean(collection.versions?.drafts))) siteRebuildScheduler().schedule(`${collection.slug} ${doc.id} deleted`)
  return doc
}
