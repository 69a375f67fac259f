import type { Access, Where } from 'payload'
import { isStaff, reporterOrganisation, userOf } from './roles'

/**
 * Read access for drafted content owned by an organisation, as a query so that the
 * database does the filtering: staff read everything; a reporter reads what is
 * published plus every version of their own organisation's records; anyone else
 * reads only what is published.
 *
 * `organisationPath` is the field holding the owning organisation ("id" for the
 * organisations collection itself). Versions have their own rule:
 * versionsPublishedNowOrOwnOrganisation.
 */
export function publishedOrOwnOrganisation(organisationPath: string): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const published: Where = { _status: { equals: 'published' } }
    const organisation = reporterOrganisation(user)
    if (organisation === undefined) return published
    return { or: [published, { [organisationPath]: { equals: organisation } }] }
  }
}
