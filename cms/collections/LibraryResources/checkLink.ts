import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { checkExternalLink } from '../../lib/externalLink'

/**
 * Checks a resource's external link when it is new or changed: a private or
 * non-web address is refused; one that does not answer is saved with that
 * status, for a curator to see, since sites go down and come back.
 */
export const checkResourceLink: CollectionBeforeChangeHook = async ({ data, originalDoc, collection, context }) => {
  const url = data.externalUrl as string | undefined | null
  if (!url || context.skipLinkCheck) return data
  if (url === originalDoc?.externalUrl && originalDoc?.linkCheck?.status) return data
  const result = await checkExternalLink(url)
  if (result.status === 'refused')
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'externalUrl', message: `This link cannot be used: ${result.message}.` }],
    })
  data.linkCheck = {
    status: result.status,
    checkedAt: new Date().toISOString(),
    message: result.status === 'ok' ? `answered ${result.httpStatus}` : result.message,
  }
  return data
}
