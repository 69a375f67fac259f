import type { CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../access/roles'

/**
 * A new return starts from what the organisation has committed to: every
 * commitment becomes a step answer with its current status and target date,
 * for the reporter to update. Only when the return is created without steps.
 */
export const startFromCommitments: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.steps !== undefined) return data
  const organisation = idOf(data.organisation)
  if (organisation === undefined) return data
  // The organisation's own commitments, drafts included (a reporter reads those anyway); read with access
  // overridden only because the organisation has been fixed to the reporter's own by assignReporterOrganisation.
  const { docs } = await req.payload.find({
    collection: 'commitments',
    where: { organisation: { equals: organisation } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { step: true, status: true, targetDate: true },
  })
  data.steps = docs
    .sort((a, b) => String(idOf(a.step)).localeCompare(String(idOf(b.step)), 'en', { numeric: true }))
    .map((c) => ({ step: idOf(c.step), status: c.status, targetDate: c.targetDate ?? undefined }))
  return data
}
