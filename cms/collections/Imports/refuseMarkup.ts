import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { markupIn, uploadedBytes } from '../../lib/uploadChecks'

/**
 * An import is CSV or JSON, both plain text, which Payload cannot tell from a
 * web page by its bytes: an HTML file named .csv was stored and its import then
 * ended "failed" (issue 11). Markup anywhere in the file refuses it at upload,
 * with the reason, and nothing is stored. No published file the importers read
 * (../shared/data) contains such markup.
 */
export const refuseMarkup: CollectionBeforeValidateHook = ({ req, collection }) => {
  if (!req.file) return
  const found = markupIn(uploadedBytes(req.file), true)
  if (found)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: `${req.file.name} is a web page or contains web page markup ("${found}"), not CSV or JSON; nothing was stored.`,
        },
      ],
    })
}
