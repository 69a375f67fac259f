import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { staffOnly } from '../../access/staffOnly'
import { MATCH_DECISIONS } from '../../../domain/vocabulary'
import { applyMatchDecision, checkMatchDecision } from './applyMatchDecision'

const nobody = () => false

/**
 * Matches an import could not make on its own: a record names an organisation
 * whose name (alone) is that of an existing one, or whose name matches one whose
 * identifiers disagree. Meanwhile the record is stored against a new,
 * unpublished organisation (heldAs), so nothing lands on a wrong public
 * profile. A curator accepts (heldAs is merged into the candidate), rejects
 * (heldAs is published as an organisation of its own) or merges it into another
 * organisation. The matcher remembers each decision for later imports.
 */
export const MatchReviews: CollectionConfig = {
  slug: 'match-reviews',
  labels: { singular: 'Match to review', plural: 'Matches to review' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'sourceFile', 'createdAt'],
    group: 'Review',
    description:
      'Organisations an import matched by name only, or whose name matches an organisation with other identifiers. Accept, reject, or merge into another organisation.',
  },
  access: { read: staffOnly, create: nobody, update: staffOnly, delete: adminOnly },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [checkMatchDecision], afterChange: [applyMatchDecision] },
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: MATCH_DECISIONS.map((d) => ({ ...d })),
      admin: { description: 'Accept: the same organisation. Reject: a different one. Merge: the same as the organisation chosen below.' },
    },
    { name: 'reason', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'publishedName', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'identityKey', type: 'text', required: true, index: true, admin: { readOnly: true, hidden: true } },
    { name: 'sourceFile', type: 'text', admin: { readOnly: true } },
    { name: 'sourceLabel', type: 'text', admin: { readOnly: true } },
    { name: 'import', type: 'relationship', relationTo: 'imports', admin: { readOnly: true } },
    { name: 'candidate', type: 'relationship', relationTo: 'organisations', required: true, admin: { readOnly: true } },
    {
      name: 'heldAs',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      admin: { readOnly: true, description: 'The unpublished organisation the records are stored against until you decide.' },
    },
    {
      name: 'mergeInto',
      type: 'relationship',
      relationTo: 'organisations',
      admin: { condition: (data) => data?.state === 'merged', description: 'For “merge”: the organisation the records belong to.' },
    },
    { name: 'decidedAt', type: 'date', admin: { readOnly: true } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
}
