import { basename } from 'node:path'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { incomingDoc, publishedChanges, type CorrectedCollection, type FieldChange } from '../trackedFields'

/**
 * The public corrections log, kept at the collection level so every way a
 * published record changes is caught: a curator editing it in the admin, or an
 * import because its source republished it (importers set `context.importing`
 * and record their file in `provenance.sourceFile`, so they need no change).
 *
 * Before the save: the record as last published is read (drafts are kept in
 * versions, so the stored document is the published one), the changes to its
 * published values are found, and a person must say why in "Reason for the
 * change". After the save, each change is written to `corrections`, in the
 * same transaction as the save.
 */
type Doc = Record<string, unknown> & { id: number | string }

interface PendingCorrections {
  before: Doc
  reason: string
  kind: 'curator' | 'import'
}

const pendingKey = (collection: string, id: unknown) => `corrections:${collection}:${String(id)}`

const isPublished = (doc: Record<string, unknown> | undefined, drafts: boolean) => Boolean(doc) && (!drafts || doc?._status === 'published')

function reasonFor(req: PayloadRequest, data: Record<string, unknown>, stored: Doc): { reason: string; kind: 'curator' | 'import' } {
  if (req.context.importing) {
    const provenance = (data.provenance ?? stored.provenance) as { sourceFile?: string | null } | undefined
    const file = provenance?.sourceFile ? basename(provenance.sourceFile) : undefined
    return { reason: file ? `Republished by the source in ${file}` : 'Republished by the source', kind: 'import' }
  }
  return { reason: typeof data.correctionReason === 'string' ? data.correctionReason.trim() : '', kind: 'curator' }
}

export function checkCorrection(collection: CorrectedCollection): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc) return data
    const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
    const willPublish = !drafts || (data._status ?? originalDoc._status) === 'published'
    const saving = { ...data }
    delete saving.correctionReason
    if (!willPublish) return saving
    const stored = (await req.payload.findByID({
      collection,
      id: originalDoc.id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    if (!isPublished(stored, drafts)) return saving
    const changes = publishedChanges(collection, stored, incomingDoc(collection, data, stored))
    if (changes.length === 0) return saving
    const { reason, kind } = reasonFor(req, data, stored)
    if (!reason)
      throw new ValidationError({
        collection,
        errors: [
          {
            path: 'correctionReason',
            message: `This changes published values (${changes.map((c) => c.fieldLabel).join(', ')}): say why in "Reason for the change"; it is shown in the public corrections log.`,
          },
        ],
      })
    req.context[pendingKey(collection, originalDoc.id)] = { before: stored, reason, kind } satisfies PendingCorrections
    return saving
  }
}

function recordTitle(doc: Doc): string {
  return String(doc.title ?? doc.name ?? doc.id)
}

export function logCorrections(collection: CorrectedCollection): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    const key = pendingKey(collection, doc.id)
    const pending = req.context[key] as PendingCorrections | undefined
    if (!pending) return doc
    delete req.context[key]
    const changes: FieldChange[] = publishedChanges(collection, pending.before, doc)
    const organisation =
      collection === 'organisations'
        ? doc.id
        : typeof doc.organisation === 'object' && doc.organisation
          ? (doc.organisation as Doc).id
          : doc.organisation
    const correctedAt = new Date().toISOString()
    for (const change of changes) {
      await req.payload.create({
        collection: 'corrections',
        data: {
          collection,
          recordId: String(doc.id),
          recordTitle: recordTitle(doc as Doc),
          organisation: organisation === undefined || organisation === null ? undefined : String(organisation),
          ...change,
          reason: pending.reason,
          kind: pending.kind,
          correctedAt,
          correctedBy: pending.kind === 'curator' && req.user ? req.user.id : undefined,
        },
        overrideAccess: true,
        // No context here: Payload merges a nested call's context into the shared req.context, so
        // disableSiteRebuild would also stop the corrected record's own rebuild (its hook runs after this one).
        req,
      })
    }
    return doc
  }
}
