import type { PayloadRequest } from 'payload'

/**
 * A title for lists in the admin that starts with the record's organisation:
 * "Lambeth Council: step 2.4.2", "Lambeth Council: annual return 2025". The
 * organisation is read as stored, drafts too and whoever saves, so a reporter's
 * draft record gets its organisation's name. With `ifMissing: 'fallback'` a
 * record whose organisation cannot be read is titled "Organisation: …" instead
 * of the save being refused.
 */
export async function organisationTitle(
  req: PayloadRequest,
  organisationId: number | string,
  what: string,
  ifMissing: 'refuse' | 'fallback' = 'refuse',
): Promise<string> {
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { name: true },
    disableErrors: ifMissing === 'fallback',
  })
  return `${organisation?.name ?? 'Organisation'}: ${what}`
}
