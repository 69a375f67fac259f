import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { mergeOrganisations } from '../../lib/mergeOrganisations'
import { withContextFlags } from '../../lib/withContextFlags'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string)

/** A decision is made once; "merge" needs the organisation to merge into. */
export const checkMatchDecision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (originalDoc.state !== 'pending' && data.state !== originalDoc.state)
    throw new Error(
      `This match was already decided (${originalDoc.state}); a decision is not undone here: merge or edit the organisations instead.`,
    )
  if (data.state === 'merged' && !data.mergeInto) throw new Error('Choose the organisation to merge into (mergeInto).')
  if (originalDoc.state === 'pending' && data.state !== 'pending') {
    data.decidedAt = new Date().toISOString()
    data.decidedBy = req.user?.id
  }
  return data
}

/** Carries out a curator's decision in the same transaction as the change that records it. */
export const applyMatchDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.state !== 'pending' || doc.state === 'pending') return doc
  const heldAs = idOf(doc.heldAs)
  if (doc.state === 'accepted') await mergeOrganisations(req.payload, req, heldAs, idOf(doc.candidate))
  else if (doc.state === 'merged') await mergeOrganisations(req.payload, req, heldAs, idOf(doc.mergeInto))
  else if (doc.state === 'rejected')
    // Published as an import would publish it, for this call only (not passed as a context with req: see withContextFlags).
    await withContextFlags(req, { importing: true }, () =>
      req.payload.update({ collection: 'organisations', id: heldAs, data: { _status: 'published' }, req, overrideAccess: true }),
    )
  return doc
}
