import type { CollectionBeforeValidateHook } from 'payload'
import { slugify } from '../../../../domain/vocabulary'

/** New organisations get a slug from their name; a slug never changes on rename, so links survive. */
export const deriveSlug: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (data && operation === 'create' && !data.slug && typeof data.name === 'string') data.slug = slugify(data.name)
  return data
}
