import type { FieldAccess } from 'payload'
import { isStaff, userOf } from './roles'

/**
 * Field access: only curators and admins write this field (others' values are
 * dropped; the admin shows it read-only). Restoring a version writes back the
 * value that version holds, which is no one's new input, so that is allowed.
 */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(userOf(req)) || Boolean(req.context?.isRestoringVersion)

/** For fields that importers match records on, and the curator's review fields. */
export const writtenByStaff = { create: staffOnlyField, update: staffOnlyField }
