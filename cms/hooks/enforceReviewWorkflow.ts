import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { isStaff, userOf } from '../access/roles'

/** The review states a reporter can put a record in. */
export const REPORTER_STATES = new Set<string>(['draft', 'submitted'])

/**
 * The review workflow: a reporter drafts and submits; a curator publishes (which
 * approves) or sends the record back with a comment. Publishing is Payload's
 * `_status`; `review.state` says where the record stands for the people involved.
 * Only staff can write the reviewer's comment: that is field access on `review.comment`.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection, context }) => {
  const user = userOf(req)
  const review = { ...(originalDoc?.review ?? {}), ...(data.review ?? {}) }
  const reporter = Boolean(user && !isStaff(user))
  if (reporter) {
    // The admin form sends back the state it loaded, so only a change of state counts as a request;
    // a restored version brings back the state it had then, which is not a request either.
    const requested = context.isRestoringVersion ? undefined : data.review?.state
    const unchanged = requested === undefined || requested === originalDoc?.review?.state
    if (!unchanged && !REPORTER_STATES.has(requested)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'review.state',
            message: 'A reporter can save a draft or submit it for review; only a curator approves or requests changes.',
          },
        ],
      })
    }
    // A reporter's edit of an approved record is a new draft until a curator reviews it.
    review.state = REPORTER_STATES.has(requested) ? requested : 'draft'
  }
  // A reporter's save is always a draft (keepReporterChangesDraft), even when it restores a published version.
  if (data._status === 'published' && !reporter) review.state = 'approved'
  if ((review.state === 'changes-requested' || review.state === 'rejected') && !review.comment) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'review.comment',
          message:
            review.state === 'rejected'
              ? 'Give the reason when rejecting a record.'
              : 'Say what needs to change when sending a record back.',
        },
      ],
    })
  }
  if (review.state === 'submitted' && originalDoc?.review?.state !== 'submitted') review.submittedAt = new Date().toISOString()
  data.review = review
  return data
}
