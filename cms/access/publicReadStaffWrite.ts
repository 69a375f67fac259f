import { anyone } from './anyone'
import { staffOnly } from './staffOnly'

/** The plan is public; only curators and admins change it. */
export const publicReadStaffWrite = { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly }
