import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
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
/**
 * Collections whose records the site shows on their own organisation's pages
 * and in aggregates only (lists, counts, datasets, the search index), never on
 * another organisation's pages: a change to one rebuilds incrementally
 * (scripts/build-site.ts), rendering what site/lib/buildScope.ts says shows
 * commitments (COMMITMENT_CHANGE). Pay gap reports are not among them (every
 * employer's pay gap page shows London's and its sector's medians, so one
 * report changes every page of its sector), nor organisations (their names
 * appear on other records' pages, lists and every dataset that names them).
 */
const ORGANISATION_SCOPED = new Set(['commitments'])

async function organisationSlugs(
  req: PayloadRequest,
  ...docs: Array<{ organisation?: unknown } | undefined>
): Promise<string[] | undefined> {
  const slugs: string[] = []
  for (const doc of docs) {
    if (!doc) continue
    const ref = doc.organisation
    const id = typeof ref === 'object' && ref !== null ? (ref as { id: string | number }).id : (ref as string | number | undefined)
    if (id === undefined || id === null) return undefined
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!organisation?.slug) return undefined
    slugs.push(organisation.slug)
  }
  return [...new Set(slugs)]
}

export const rebuildSiteAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, context, req }) => {
  if (context.disableSiteRebuild || !siteRebuildEnabled()) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (isPublic(doc, drafts) || isPublic(previousDoc, drafts)) {
    const organisations = ORGANISATION_SCOPED.has(collection.slug) ? await organisationSlugs(req, doc, previousDoc) : undefined
    siteRebuildScheduler().schedule(`${collection.slug} ${doc.id} changed`, organisations ? { organisations } : undefined)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, context }) => {
  if (context.disableSiteRebuild || !siteRebuildEnabled()) return doc
  if (isPublic(doc, Boolean(collection.versions?.drafts))) siteRebuildScheduler().schedule(`${collection.slug} ${doc.id} deleted`)
  return doc
}
