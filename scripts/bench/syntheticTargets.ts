import type { Payload } from 'payload'

/** What the benchmark's fills attach records to: the synthetic organisations (names only) and the plan's steps in order. */
export async function syntheticTargets(payload: Payload) {
  const organisations = (
    await payload.find({
      collection: 'organisations',
      where: { name: { like: 'Synthetic organisation' } },
      pagination: false,
      depth: 0,
      select: { name: true },
    })
  ).docs
  const steps = (await payload.find({ collection: 'steps', pagination: false, depth: 0, sort: 'sortKey' })).docs
  return { organisations, steps }
}
