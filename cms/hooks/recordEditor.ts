import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Stamps who made each change, so every saved version records its author as well
 * as its time (Payload versions keep the time only). Always overwritten, so the
 * field cannot be set by hand; changes made by scripts record no user.
 */
export const recordEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  data.lastEditedBy = req.user?.collection === 'users' ? req.user.id : null
  return data
}
