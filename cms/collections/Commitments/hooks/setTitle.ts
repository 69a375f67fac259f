import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'

/** A readable title for lists in the admin: "Lambeth Council: step 2.4.2". */
export const setTitle: CollectionBeforeChangeHook = async ({ data, req }) => {
  const organisationId = idOf(data.organisation)
  const step = idOf(data.step)
  if (organisationId === undefined || step === undefined) return data
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  data.title = `${organisation?.name ?? 'Organisation'}: step ${step}`
  return data
}
