import type { Payload } from 'payload'

/** The collections whose records a curator reviews, and what to call them. */
const REVIEWED = [
  { collection: 'resources', kind: 'Library resource' },
  { collection: 'commitments', kind: 'Commitment' },
  { collection: 'pay-gap-reports', kind: 'Pay gap report' },
  { collection: 'workforce-profiles', kind: 'Workforce profile' },
] as const

export interface WaitingItem {
  collection: (typeof REVIEWED)[number]['collection']
  kind: string
  id: number | string
  title: string
  submittedAt: string | null
  waitingDays: number | null
}

/** Every record submitted for review and not yet decided, oldest submission first, read as `user` through the access rules. */
export async function waitingItems(payload: Payload, user: unknown, now = new Date()): Promise<WaitingItem[]> {
  const items: WaitingItem[] = []
  for (const { collection, kind } of REVIEWED) {
    const { docs } = await payload.find({
      collection,
      where: { 'review.state': { equals: 'submitted' } },
      draft: true,
      depth: 0,
      limit: 200,
      sort: 'review.submittedAt',
      user,
      overrideAccess: false,
    })
    for (const doc of docs as Array<{ id: number | string; title?: string | null; review?: { submittedAt?: string | null } | null }>) {
      const submittedAt = doc.review?.submittedAt ?? null
      items.push({
        collection,
        kind,
        id: doc.id,
        title: doc.title || `${kind} ${doc.id}`,
        submittedAt,
        waitingDays: submittedAt ? Math.floor((now.getTime() - new Date(submittedAt).getTime()) / 86_400_000) : null,
      })
    }
  }
  return items.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
}
