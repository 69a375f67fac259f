import type { CollectionBeforeValidateHook } from 'payload'
import { reporterOrganisation, userOf } from '../access/roles'

/** A reporter's records always belong to the reporter's organisation. */
export function assignReporterOrganisation(organisationField: string): CollectionBeforeValidateHook {
  return ({ data, req }) => {
    const organisation = reporterOrganisation(userOf(req))
    if (organisation !== undefined && data) data[organisationField] = organisation
    return data
  }
}
