import { anyone } from './anyone'
import { staffOnly } from './staffOnly'

/**
 * Public data (the plan, grants, funding figures): anyone reads it, only curators
 * and admins change it or read its earlier versions (Payload's default would let
 * any signed-in user read those).
 */
export const publicReadStaffWrite = { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly, readVersions: staffOnly }
