import type { DataFromCollectionSlug, Payload, Where } from 'payload'
import { isStaff, type PortalUser } from '../access/roles'

/** The collections whose records a curator reviews, and what to call them. */
const REVIEWED = [
  { collection: 'resources', kind: 'Library resource' },
  { collection: 'commitments', kind: 'Commitment' },
  { collection: 'pay-gap-reports', kind: 'Pay gap report' },
  { collection: 'workforce-profiles', kind: 'Workforce profile' },
  { collection: 'returns', kind: 'Annual return' },
  { collection: 'equality-publications', kind: 'Equality publication' },
] as const

type ReviewState = 'submitted' | 'changes-requested'

export interface WaitingItem {
  collection: (typeof REVIEWED)[number]['collection'] | 'problem-reports' | 'match-reviews'
  kind: string
  id: number | string
  title: string
  submittedAt: string | null
  waitingDays: number | null
  /** The curator's comment, for a record sent back. */
  comment?: string | null
}

/** Every record submitted for review and not yet decided, oldest submission first, read as `user` through the access rules. */
export async function waitingItems(payload: Payload, user: unknown, now = new Date()): Promise<WaitingItem[]> {
  const items = await itemsInReviewState(payload, user, 'submitted', now)
  items.push(...(await openProblemReports(payload, user, now)))
  items.push(...(await pendingMatches(payload, user, now)))
  return items.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
}

/** The records in one review state (latest drafts included), read as `user` through the access rules, with the curator's comment. */
export async function itemsInReviewState(payload: Payload, user: unknown, state: ReviewState, now = new Date()): Promise<WaitingItem[]> {
  const items: WaitingItem[] = []
  for (const { collection, kind } of REVIEWED) {
    const { docs } = await payload.find({
      collection,
      where: { 'review.state': { equals: state } },
      draft: true,
      depth: 0,
      limit: 200,
      sort: 'review.submittedAt',
      user,
      overrideAccess: false,
    })
    for (const doc of docs as Array<{
      id: number | string
      title?: string | null
      review?: { submittedAt?: string | null; comment?: string | null } | null
    }>) {
      const submittedAt = doc.review?.submittedAt ?? null
      items.push({
        collection,
        kind,
        id: doc.id,
        title: doc.title || `${kind} ${doc.id}`,
        submittedAt,
        waitingDays: submittedAt ? Math.floor((now.getTime() - new Date(submittedAt).getTime()) / 86_400_000) : null,
        comment: doc.review?.comment ?? null,
      })
    }
  }
  return items
}

/** Problems the public reported with a record and no curator has closed, as queue items naming the record. */
const openProblemReports = (payload: Payload, user: unknown, now: Date) =>
  staffQueueItems(payload, user, now, {
    collection: 'problem-reports',
    where: { status: { equals: 'open' } },
    kind: () => 'Problem reported',
    title: (doc) => `${doc.recordTitle}: ${doc.message.length > 80 ? `${doc.message.slice(0, 79)}…` : doc.message}`,
  })

/** Matches an import could not make alone (cms/importers/matchReviews.ts), waiting for a curator's decision. */
const pendingMatches = (payload: Payload, user: unknown, now: Date) =>
  staffQueueItems(payload, user, now, {
    collection: 'match-reviews',
    where: { state: { equals: 'pending' } },
    kind: (doc) => `Match to review${doc.sourceFile ? ` (import of ${doc.sourceFile})` : ''}`,
    title: (doc) => doc.title,
  })

type StaffQueueCollection = 'problem-reports' | 'match-reviews'

/** The open records of a collection only staff read, oldest first, as queue items waiting since they were created. */
async function staffQueueItems<C extends StaffQueueCollection>(
  payload: Payload,
  user: unknown,
  now: Date,
  queue: {
    collection: C
    where: Where
    kind: (doc: DataFromCollectionSlug<C>) => string
    title: (doc: DataFromCollectionSlug<C>) => string
  },
): Promise<WaitingItem[]> {
  // Only staff read these; a contributor's queue is their own records.
  if (!isStaff(user as PortalUser | null)) return []
  const { docs } = await payload.find({
    collection: queue.collection,
    where: queue.where,
    depth: 0,
    limit: 200,
    sort: 'createdAt',
    user,
    overrideAccess: false,
  })
  return (docs as DataFromCollectionSlug<C>[]).map((doc) => ({
    collection: queue.collection,
    kind: queue.kind(doc),
    id: doc.id,
    title: queue.title(doc),
    submittedAt: doc.createdAt,
    waitingDays: Math.floor((now.getTime() - new Date(doc.createdAt).getTime()) / 86_400_000),
  }))
}
