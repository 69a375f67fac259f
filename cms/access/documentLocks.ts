import {
  ValidationError,
  type Access,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type SanitizedConfig,
  type Where,
} from 'payload'
import { idOf, isStaff, userOf, type PortalUser } from './roles'

/**
 * Document locks (Payload's `payload-locked-documents`: who has a record open in
 * the admin). Payload lets any signed-in user read, take over and delete any
 * lock, and a lock holds off every other editor for five minutes. Here:
 *
 * - a lock is changeable and deletable by its owner and by staff, and readable
 *   by its owner and by staff unless a reporter holds it: Payload's admin shows
 *   "currently editing... Take over" for every lock its user can read
 *   (@payloadcms/next getIsLocked, @payloadcms/ui handleFormStateLocking), and a
 *   reporter's lock must not stand in a curator's way after a hand-off (issue 14);
 * - a reporter may lock only a record they may edit, and only in their own name;
 * - a lock holds off only people who can see it among equals: a reporter's lock
 *   never stops a curator reviewing, and a curator who reviewed and left never
 *   stops the reporter revising (reporters cannot see staff's locks at all).
 *
 * Payload adds the locks collection while it sanitizes the config, after plugins
 * run, so these rules are attached to the sanitized config.
 */
export const LOCKS = 'payload-locked-documents'

const ownerOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const own: Where = { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: user.id } }] }
  return own
}

/** Staff read their own and each other's locks, never a reporter's (which holds no one off: locksHoldOffOnlyPeers). */
const ownerOrStaffLocks: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (!isStaff(user)) return ownerOrStaff({ req })
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'reporter' } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return true
  const notReporters: Where = { 'user.value': { not_in: docs.map((reporter) => reporter.id) } }
  return notReporters
}

interface LockData {
  document?: { relationTo?: string; value?: unknown } | null
  user?: { relationTo?: string; value?: unknown } | null
}

/** Whether the user may update the record: the record's own update rule, as a query. */
async function mayEdit(req: Parameters<CollectionBeforeChangeHook>[0]['req'], relationTo: string, id: unknown): Promise<boolean> {
  const collection = req.payload.collections[relationTo as keyof typeof req.payload.collections]
  const rule = collection?.config.access.update
  if (!collection || !rule || idOf(id) === undefined) return false
  const allowed = await rule({ req, id: idOf(id) as number })
  if (allowed === false) return false
  const where: Where = allowed === true ? { id: { equals: idOf(id) } } : { and: [{ id: { equals: idOf(id) } }, allowed as Where] }
  const { totalDocs } = await req.payload.count({ collection: collection.config.slug, where, req, overrideAccess: true })
  return totalDocs > 0
}

const ownLocksOnEditableRecords: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const user = userOf(req)
  if (!user || isStaff(user)) return data
  const lock = data as LockData
  lock.user = { relationTo: 'users', value: user.id }
  const document = lock.document ?? (originalDoc as LockData | undefined)?.document
  if (!document?.relationTo || !(await mayEdit(req, document.relationTo, document.value))) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'document', message: 'You can only lock a record you can edit.' }],
    })
  }
  return data
}

/** A lock's owner, with their role (the lock stores only the user's ID). */
async function lockOwner(req: Parameters<CollectionBeforeOperationHook>[0]['req'], collection: string, id: unknown) {
  const { docs } = await req.payload.find({
    collection: LOCKS as 'users',
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: idOf(id) } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ownerId = idOf((docs[0] as LockData | undefined)?.user?.value)
  if (ownerId === undefined) return undefined
  return (await req.payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true, req, disableErrors: true })) as
    PortalUser | undefined
}

/** Staff are not held off by a reporter's lock, nor reporters by anyone's (they cannot see other people's locks). */
const locksHoldOffOnlyPeers: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const user = userOf(req)
  if (!user) return args
  if (!isStaff(user)) return { ...args, overrideLock: true }
  const id = (args as { id?: unknown }).id
  if (id === undefined) return args
  const owner = await lockOwner(req, collection.slug, id)
  return owner && !isStaff(owner) ? { ...args, overrideLock: true } : args
}

export async function withDocumentLockRules(configPromise: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await configPromise
  for (const collection of config.collections) {
    if (collection.slug === LOCKS) {
      collection.access = { ...collection.access, read: ownerOrStaffLocks, update: ownerOrStaff, delete: ownerOrStaff }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), ownLocksOnEditableRecords]
    } else if (collection.lockDocuments !== false) {
      collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), locksHoldOffOnlyPeers]
    }
  }
  return config
}
