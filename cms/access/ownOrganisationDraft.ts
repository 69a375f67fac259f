import type { Access } from 'payload'
import { idOf, isStaff, reporterOrganisation, userOf } from './roles'

/**
 * Update access: staff may change anything; a reporter may change only their own
 * organisation's records and never publish (a publish request is refused outright).
 * Returned as a query so a reporter cannot reach another organisation's documents.
 */
export function ownOrganisationDraft(organisationField: string, options: { lockPublished?: boolean } = {}): Access {
  return ({ req, data }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const organisation = reporterOrganisation(user)
    if (organisation === undefined) return false
    if (data?._status === 'published') return false
    if (organisationField !== 'id' && data && organisationField in data) {
      // Moving a record to another organisation is refused as well.
      if (String(idOf(data[organisationField])) !== String(organisation)) return false
    }
    const own = { [organisationField]: { equals: organisation } }
    return options.lockPublished ? { and: [own, { _status: { not_equals: 'published' } }] } : own
  }
}

/**
 * Create access: staff, or a reporter creating an unpublished record for their own
 * organisation. Payload also calls this without data to decide whether to offer
 * "Create new" in the admin, which a reporter may.
 */
export function createForOwnOrganisation(organisationField: string): Access {
  return ({ req, data }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const organisation = reporterOrganisation(user)
    if (organisation === undefined || data?._status === 'published') return false
    // Without a chosen organisation the assignReporterOrganisation hook fills in the reporter's own.
    const chosen = idOf(data?.[organisationField])
    return chosen === undefined || String(chosen) === String(organisation)
  }
}
