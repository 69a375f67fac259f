import type { CollectionConfig } from 'payload'
import { ASSURANCE_LEVELS, COMMITMENT_STATUSES } from '../../../domain/vocabulary'
import { citationFields, validateHttpUrl, vocabularySelect } from '../fields'
import { ownedByOrganisation } from '../ownedByOrganisation'
import { reviewFields } from '../reviewFields'
import { agreeWithPublishedReturns } from './hooks/agreeWithPublishedReturns'
import { ensureOneCommitmentPerStep } from './hooks/ensureOneCommitmentPerStep'
import { setTitle } from './hooks/setTitle'

/** One organisation's commitment to one step of the plan, and its progress. */
export const Commitments: CollectionConfig = {
  slug: 'commitments',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'assurance', '_status', 'review.state'],
    group: 'Commitments',
  },
  ...ownedByOrganisation({
    maxVersions: 100,
    beforeValidate: [ensureOneCommitmentPerStep],
    afterReview: [setTitle, agreeWithPublishedReturns],
  }),
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, hidden: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    { name: 'step', type: 'relationship', relationTo: 'steps', required: true, index: true },
    vocabularySelect('status', COMMITMENT_STATUSES, {
      required: true,
      defaultValue: 'planned',
      index: true,
      admin: { description: 'Planned, then in progress, complete, and finally embedded in how the organisation works.' },
    }),
    { name: 'targetDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'narrative', type: 'textarea', admin: { description: 'What the organisation is doing, in plain words.' } },
    {
      name: 'supportRequired',
      type: 'textarea',
      label: 'Support required from Building a Fairer City',
    },
    {
      name: 'evidenceLinks',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true, validate: validateHttpUrl },
      ],
    },
    {
      name: 'resources',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: { description: 'Resources from the good-practice library this commitment uses.' },
    },
    vocabularySelect('assurance', ASSURANCE_LEVELS, { required: true, defaultValue: 'self-declared' }),
    {
      name: 'sources',
      type: 'array',
      admin: { description: 'Published sources for this commitment, with the words they use.' },
      fields: [...citationFields, { name: 'quote', type: 'textarea' }],
    },
    ...reviewFields,
  ],
}
