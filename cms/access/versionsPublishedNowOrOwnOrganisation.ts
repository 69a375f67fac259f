import type { Access, Where } from 'payload'
import { isStaff, reporterOrganisation, userOf } from './roles'

/**
 * Version read access for reviewed records, as a query on the versions
 * collection: staff read every version; a reporter also reads every version of
 * their own organisation's records; everyone else reads the published versions
 * of records that are published now. A withdrawn record's earlier published
 * versions stay private (issue 11): `parent._status` is the record's current
 * status, joined by the database, so this holds for /versions, where-queries on
 * version fields and GraphQL alike.
 *
 * `organisationPath` is where the owning organisation is inside a version:
 * "version.organisation", or "parent" for the organisations collection itself.
 */
export const PUBLISHED_NOW: Where = {
  and: [{ 'version._status': { equals: 'published' } }, { 'parent._status': { equals: 'published' } }],
}

export function versionsPublishedNowOrOwnOrganisation(organisationPath: string): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const organisation = reporterOrganisation(user)
    if (organisation === undefined) return PUBLISHED_NOW
    return { or: [PUBLISHED_NOW, { [organisationPath]: { equals: organisation } }] }
  }
}
