import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { isStaff, userOf } from '../access/roles'

/**
 * Whatever route a reporter takes (REST with or without ?draft=true, GraphQL,
 * the admin's buttons), their change to a reviewed record is saved as a draft:
 * a new version a curator reviews, while the public keeps reading the published
 * one. Without this, a save without `draft` rewrote the published record at once
 * (issue 11), and `_status: "draft"` unpublished it.
 *
 * A restore cannot be turned into a draft here (Payload reads `draft` before
 * this hook runs, payload/dist/collections/operations/restoreVersion.js), so a
 * reporter's restore must ask for one.
 */
export const keepReporterChangesDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = userOf(req)
  if (!user || isStaff(user)) return args
  if (operation === 'create' || operation === 'update') {
    // A request to publish is left as it is, for the update access rule to refuse outright.
    if ((args as { data?: { _status?: string } }).data?._status === 'published') return args
    return { ...args, draft: true }
  }
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft)
    throw new APIError('A reporter restores an earlier version as a draft (add ?draft=true); a curator publishes it.', 403)
  return args
}
