import type { CollectionConfig } from 'payload'
import { COMMITMENT_STATUSES } from '../../../domain/vocabulary'
import { YES_NO } from '../../../domain/returns/metrics'
import { correctionReasonField } from '../Corrections'
import { vocabularySelect } from '../fields'
import { validateInteger } from '../integerField'
import { ownedByOrganisation } from '../ownedByOrganisation'
import { reviewFields } from '../reviewFields'
import { ukDateField } from '../ukDateField'
import { checkReturnAnswers } from './hooks/checkReturnAnswers'
import { ensureOneReturnPerYear } from './hooks/ensureOneReturnPerYear'
import { startFromCommitments } from './hooks/startFromCommitments'
import { recordStagesAndTitle } from './hooks/recordStagesAndTitle'
import { writeCommitments } from './hooks/writeCommitments'

/**
 * An organisation's annual return (level 3 of the programme's monitoring,
 * 001_..., 4.4; the self-assessment template 000_...): one per organisation and
 * reporting year. For each step it addresses, the status and stage; per
 * priority the template's two boxes; the level-3 metric answers; progress,
 * challenges and support needed. A reporter prepares and submits it, a curator
 * publishes it or sends it back (the review workflow every reported record
 * shares); publishing writes its steps to the organisation's commitments in the
 * same transaction (docs/decisions.md, "Annual returns and commitments"), and a
 * later change to a published return needs a reason and is logged as a correction.
 */
export const Returns: CollectionConfig = {
  slug: 'returns',
  labels: { singular: 'Annual return', plural: 'Annual returns' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', '_status', 'review.state'],
    group: 'Annual returns',
    description: 'Each organisation’s yearly self-assessment: steps, the two boxes per priority, metric answers.',
  },
  // One document per organisation and year, also at the database level (the hook gives the readable message).
  indexes: [{ fields: ['organisation', 'year'], unique: true }],
  ...ownedByOrganisation({
    corrections: 'returns',
    maxVersions: 50,
    beforeValidate: [ensureOneReturnPerYear, startFromCommitments, checkReturnAnswers],
    afterReview: [recordStagesAndTitle],
    afterChange: [writeCommitments],
  }),
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, hidden: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    {
      name: 'year',
      type: 'number',
      label: 'Reporting year',
      required: true,
      index: true,
      min: 2020,
      validate: validateInteger,
      admin: { description: 'The year the return covers, e.g. 2025. One return per organisation and year.' },
    },
    {
      name: 'steps',
      type: 'array',
      label: 'Steps addressed',
      labels: { singular: 'Step', plural: 'Steps' },
      admin: {
        description:
          'Each step of the plan the organisation is working on, and where it stands. Publishing the return updates its commitments.',
      },
      fields: [
        { name: 'step', type: 'relationship', relationTo: 'steps', required: true },
        vocabularySelect('status', COMMITMENT_STATUSES, { required: true, defaultValue: 'planned' }),
        {
          name: 'stage',
          type: 'relationship',
          relationTo: 'stages',
          admin: { readOnly: true, description: 'The step’s maturity stage, recorded when saved.' },
        },
        ukDateField('targetDate', { label: 'Target date', admin: { description: 'When the next status is due (dd/mm/yyyy).' } }),
        { name: 'note', type: 'textarea', label: 'What was done this year' },
      ],
    },
    {
      name: 'priorities',
      type: 'array',
      label: 'Per priority',
      labels: { singular: 'Priority', plural: 'Priorities' },
      admin: { description: 'The template’s two boxes under each priority.' },
      fields: [
        { name: 'priority', type: 'relationship', relationTo: 'priorities', required: true },
        { name: 'actionsToComplete', type: 'textarea', label: 'Actions to complete' },
        { name: 'supportRequired', type: 'textarea', label: 'Support required from Building a Fairer City' },
      ],
    },
    {
      name: 'metricAnswers',
      type: 'array',
      label: 'Metric answers',
      labels: { singular: 'Metric answer', plural: 'Metric answers' },
      admin: { description: 'Answers to the level-3 metrics: yes or no, or a number, as each metric asks.' },
      fields: [
        { name: 'metric', type: 'relationship', relationTo: 'metrics', required: true },
        vocabularySelect('answer', YES_NO, { label: 'Yes or no' }),
        { name: 'value', type: 'number', label: 'Number', admin: { description: 'For a whole number or a percentage.' } },
        { name: 'comment', type: 'textarea' },
      ],
    },
    { name: 'progress', type: 'textarea', label: 'Progress this year' },
    { name: 'challenges', type: 'textarea', label: 'Challenges' },
    { name: 'supportNeeded', type: 'textarea', label: 'Support needed' },
    ...reviewFields,
    correctionReasonField,
  ],
}
