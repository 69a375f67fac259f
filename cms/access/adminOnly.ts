import type { Access } from 'payload'
import { isAdmin, userOf } from './roles'

export const adminOnly: Access = ({ req }) => isAdmin(userOf(req))
