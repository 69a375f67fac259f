import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../access/roles'

/** One return per organisation and year: a second is refused, pointing at the first. */
export const ensureOneReturnPerYear: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const organisation = idOf(data?.organisation ?? originalDoc?.organisation)
  const year = data?.year ?? originalDoc?.year
  if (organisation === undefined || typeof year !== 'number') return data
  // Checked across every organisation's drafts, so access is overridden; only a count is returned.
  const { totalDocs } = await req.payload.count({
    collection: 'returns',
    where: {
      and: [
        { organisation: { equals: organisation } },
        { year: { equals: year } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { path: 'year', message: `This organisation already has an annual return for ${year}; open that one and change it instead.` },
      ],
    })
  return data
}
