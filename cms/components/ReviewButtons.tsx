'use client'
import { FormSubmit, PublishButton, toast, useAuth, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback } from 'react'

type ReviewState = 'submitted' | 'changes-requested'

/**
 * The review workflow as buttons that say what they do (issue 14, section 3),
 * in place of Payload's publish button on reviewed collections:
 * - a reporter gets "Submit for review": a draft saved with the state
 *   "submitted" (a reporter never publishes; keepReporterChangesDraft);
 * - a curator gets "Publish" and "Send back with comment", a draft saved with
 *   the state "changes-requested" and the comment they wrote in the sidebar.
 * Payload's "Save draft" stays beside them for work in progress.
 */
export function ReviewButtons() {
  const { user } = useAuth()
  const save = useSaveWithState()
  if ((user as { role?: string } | null)?.role === 'reporter')
    return (
      <FormSubmit buttonId="action-submit-for-review" size="medium" type="button" onClick={() => void save('submitted')}>
        Submit for review
      </FormSubmit>
    )
  return (
    <>
      <FormSubmit
        buttonId="action-send-back"
        buttonStyle="secondary"
        size="medium"
        type="button"
        onClick={() => void save('changes-requested')}
      >
        Send back with comment
      </FormSubmit>
      <PublishButton label="Publish" />
    </>
  )
}

/** Saves the form as a draft with the review state set, as Payload's own "Save draft" does with `_status`. */
function useSaveWithState() {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit, getData } = useForm()
  return useCallback(
    async (state: ReviewState) => {
      const review = (getData().review ?? {}) as { comment?: string | null }
      if (state === 'changes-requested' && !review.comment?.trim()) {
        // Said before the round trip; enforceReviewWorkflow refuses it on the server too.
        toast.error('Write in “Comment” (in the sidebar, under Review) what needs to change, then send it back.')
        return
      }
      await submit({
        action: `${serverURL}${routes.api}/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true`,
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft', review: { ...review, state } },
      })
    },
    [collectionSlug, getData, id, routes.api, serverURL, submit],
  )
}
