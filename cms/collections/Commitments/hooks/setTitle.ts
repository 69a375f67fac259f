import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { organisationTitle } from '../../organisationTitle'

/** A readable title for lists in the admin: "Lambeth Council: step 2.4.2". */
export const setTitle: CollectionBeforeChangeHook = async ({ data, req }) => {
  const organisationId = idOf(data.organisation)
  const step = idOf(data.step)
  if (organisationId === undefined || step === undefined) return data
  data.title = await organisationTitle(req, organisationId, `step ${step}`)
  return data
}
