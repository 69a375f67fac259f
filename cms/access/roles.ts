import type { PayloadRequest } from 'payload'

export type Role = 'admin' | 'curator' | 'reporter'

/** The fields of a signed-in user that access rules read. */
export interface PortalUser {
  id: number | string
  role?: Role | null
  organisation?: number | string | { id: number | string } | null
}

/** A relationship value may arrive as an ID or, when populated, as a document. */
export function idOf(value: unknown): number | string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object' && 'id' in (value as object)) return (value as { id: number | string }).id
  return value as number | string
}

export function userOf(req: PayloadRequest): PortalUser | null {
  return (req.user as PortalUser | null) ?? null
}

export function isStaff(user: PortalUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'curator'
}

export function isAdmin(user: PortalUser | null): boolean {
  return user?.role === 'admin'
}

/** A reporter's organisation, or undefined for anyone else. */
export function reporterOrganisation(user: PortalUser | null): number | string | undefined {
  return user?.role === 'reporter' ? idOf(user.organisation) : undefined
}
