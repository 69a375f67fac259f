import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../access/roles'

/** An organisation commits to a step once; later progress is a change to that commitment. */
export const ensureOneCommitmentPerStep: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const organisation = idOf(data?.organisation ?? originalDoc?.organisation)
  const step = idOf(data?.step ?? originalDoc?.step)
  if (organisation === undefined || step === undefined) return data
  // Checked across every organisation's drafts, so access is overridden; only a count is returned.
  const { totalDocs } = await req.payload.count({
    collection: 'commitments',
    where: {
      and: [
        { organisation: { equals: organisation } },
        { step: { equals: step } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'step', message: `This organisation already has a commitment to step ${step}; update that one instead.` }],
    })
  }
  return data
}
