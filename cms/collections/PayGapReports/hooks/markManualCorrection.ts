import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A person editing an imported record marks it as corrected by hand, so a later
 * import of the same file does not silently overwrite the correction.
 */
export const markManualCorrection: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (operation === 'update' && req.user && !context.importing) data.manuallyCorrected = true
  return data
}
