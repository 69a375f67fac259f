import type { Field, FieldAccess, SelectField } from 'payload'
import { userOf } from '../access/roles'
import { REPORTER_STATES } from '../hooks/enforceReviewWorkflow'
import { writtenByStaff } from '../access/staffOnlyField'
import { REVIEW_STATES } from '../../domain/vocabulary'
import { vocabularySelect } from './fields'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * A reporter is offered only the states they can reach (draft, submitted), and
 * "Changes requested" while that is where the record stands, so they see it;
 * enforceReviewWorkflow turns any other state a reporter sends into a draft
 * before this list is checked.
 */
const statesForRole: SelectField['filterOptions'] = ({ options, req, siblingData }) =>
  // Only a signed-in reporter is limited: staff, and the server's own writes (seeds, imports), set any state.
  userOf(req)?.role !== 'reporter'
    ? options
    : options.filter((option) => {
        const value = typeof option === 'string' ? option : option.value
        return REPORTER_STATES.has(value) || (value === 'changes-requested' && siblingData?.state === value)
      })

/** Review state, the curator's comment, and who last edited: shared by reviewed collections. */
export const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'group',
    admin: { position: 'sidebar' },
    access: { read: signedIn },
    fields: [
      vocabularySelect('state', REVIEW_STATES, { defaultValue: 'draft', filterOptions: statesForRole }),
      {
        name: 'comment',
        type: 'textarea',
        access: writtenByStaff,
        admin: { description: 'From the curator: what to change before this can be published.' },
      },
      { name: 'submittedAt', type: 'date', admin: { readOnly: true } },
    ],
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: signedIn },
    admin: { position: 'sidebar', readOnly: true },
  },
]
