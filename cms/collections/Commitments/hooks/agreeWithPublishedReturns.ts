import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { labelOf, COMMITMENT_STATUSES } from '../../../../domain/vocabulary'
import { idOf } from '../../../access/roles'

/**
 * A published commitment says what the latest published annual return
 * addressing its step says (docs/decisions.md). Publishing the return writes
 * it; any other publish of a commitment that would disagree is refused, naming
 * the return to change instead. Drafts are not checked: they are not public.
 */
export const agreeWithPublishedReturns: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (req.context.writingFromReturn) return data
  if ((data._status ?? originalDoc?._status) !== 'published') return data
  const organisation = idOf(data.organisation ?? originalDoc?.organisation)
  const step = idOf(data.step ?? originalDoc?.step)
  if (organisation === undefined || step === undefined) return data
  const { docs } = await req.payload.find({
    collection: 'returns',
    where: { and: [{ organisation: { equals: organisation } }, { 'steps.step': { equals: step } }, { _status: { equals: 'published' } }] },
    sort: '-year',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { year: true, steps: true },
  })
  const latest = docs[0]
  const answer = latest?.steps?.find((s) => String(idOf(s.step)) === String(step))
  if (!latest || !answer) return data
  const status = data.status ?? originalDoc?.status
  const targetDate = (data.targetDate ?? originalDoc?.targetDate ?? null) as string | null
  const sameDate = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').slice(0, 10) === (b ?? '').slice(0, 10)
  if (status === answer.status && sameDate(targetDate, answer.targetDate)) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: status === answer.status ? 'targetDate' : 'status',
        message: `The organisation's published annual return for ${latest.year} gives step ${step} as ${labelOf(COMMITMENT_STATUSES, answer.status).toLowerCase()}${answer.targetDate ? ` by ${answer.targetDate.slice(0, 10)}` : ''}: change it in that return (with a reason), and the commitment follows.`,
      },
    ],
  })
}
