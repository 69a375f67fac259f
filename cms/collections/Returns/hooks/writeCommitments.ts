import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../../../access/roles'
import type { Commitment } from '../../../payload-types'

type StepAnswer = { step: unknown; status: Commitment['status']; targetDate?: string | null }

/**
 * The steps the organisation's published returns of later years address: for
 * those, the later return governs the commitment (docs/decisions.md).
 */
async function stepsOfLaterReturns(req: PayloadRequest, organisation: number | string, year: number): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: 'returns',
    where: { and: [{ organisation: { equals: organisation } }, { year: { greater_than: year } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { steps: true },
  })
  return new Set(docs.flatMap((r) => (r.steps ?? []).map((s) => String(idOf(s.step)))))
}

/**
 * Publishing a return publishes its steps as the organisation's commitments, in
 * the same transaction (the hook is handed the request), so either both are
 * saved or neither: each step's commitment gets the return's status and target
 * date, created when the organisation had none. The commitments' changes are
 * their public status history, not corrections; a correction of a published
 * return is logged on the return itself, with its reason. A step a later published return
 * also addresses is left to that one, so a commitment always says what the
 * latest published return addressing its step says.
 */
export const writeCommitments: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const organisation = idOf(doc.organisation)
  if (organisation === undefined) return doc
  const later = await stepsOfLaterReturns(req, organisation, doc.year)
  const context = req.context
  const writingFromReturn = context.writingFromReturn
  context.writingFromReturn = true
  try {
    for (const answer of (doc.steps ?? []) as StepAnswer[]) {
      const step = idOf(answer.step)
      if (step === undefined || later.has(String(step))) continue
      const data = {
        status: answer.status,
        targetDate: answer.targetDate ?? null,
        _status: 'published' as const,
      }
      const { docs } = await req.payload.find({
        collection: 'commitments',
        where: { and: [{ organisation: { equals: organisation } }, { step: { equals: step } }] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        select: { step: true },
      })
      if (docs[0]) {
        await req.payload.update({ collection: 'commitments', id: docs[0].id, data, overrideAccess: true, req })
      } else {
        await req.payload.create({
          collection: 'commitments',
          data: { ...data, organisation, step: String(step), assurance: 'self-declared' } as never, // step IDs are codes; the generated type assumes numbers
          overrideAccess: true,
          req,
        })
      }
    }
  } finally {
    context.writingFromReturn = writingFromReturn
  }
  return doc
}
