import type { Access } from 'payload'
import { isStaff, userOf } from './roles'

/** Curators and admins only. */
export const staffOnly: Access = ({ req }) => isStaff(userOf(req))
