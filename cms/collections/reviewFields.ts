import type { Field, FieldAccess } from 'payload'
import { writtenByStaff } from '../access/staffOnlyField'
import { REVIEW_STATES } from '../../domain/vocabulary'
import { vocabularySelect } from './fields'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/** Review state, the curator's comment, and who last edited: shared by reviewed collections. */
export const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'group',
    admin: { position: 'sidebar' },
    access: { read: signedIn },
    fields: [
      vocabularySelect('state', REVIEW_STATES, { defaultValue: 'draft' }),
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
