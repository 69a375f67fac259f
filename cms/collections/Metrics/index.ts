import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../../access/publicReadStaffWrite'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { BENCHMARK_KINDS, METRIC_ANSWER_TYPES } from '../../../domain/returns/metrics'
import { BROAD_ETHNIC_GROUPS } from '../../../domain/reference/census2021Ethnicity'
import { citationFields, validateHttpUrl, vocabularySelect } from '../fields'
import { checkBenchmark } from './checkBenchmark'

/**
 * The level-3 metric catalogue (001_..., 4.4): the questions organisations
 * answer in their annual return, each belonging to a key action (and a step
 * where it measures one), with how it is answered and its London benchmark.
 * Curators manage it; everyone reads it.
 */
export const Metrics: CollectionConfig = {
  slug: 'metrics',
  labels: { singular: 'Metric', plural: 'Metrics' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['code', 'question', 'answerType', 'action'],
    group: 'Annual returns',
    description: 'Level-3 metrics: the questions of the annual return, and the London benchmark each answer is compared with.',
  },
  access: publicReadStaffWrite,
  defaultSort: 'code',
  hooks: { beforeValidate: [checkBenchmark], afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(value)
          ? true
          : 'Expected a short code of letters, digits, dots and hyphens, e.g. L3-4.1.',
      admin: { description: 'Stable: datasets and past returns refer to it.' },
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      admin: { description: 'As the organisation reads it, e.g. "Are you a Living Wage Employer?"' },
    },
    { name: 'action', type: 'relationship', relationTo: 'actions', required: true, label: 'Key action it belongs to' },
    { name: 'step', type: 'relationship', relationTo: 'steps', label: 'Step it measures (if one)' },
    vocabularySelect('answerType', METRIC_ANSWER_TYPES, { required: true, label: 'Answered as' }),
    {
      name: 'unit',
      type: 'text',
      admin: {
        description: 'What the number counts, e.g. "% of staff" or "staff"; required for a percentage.',
        condition: (data) => data?.answerType !== 'yes-no',
      },
    },
    {
      name: 'benchmark',
      type: 'group',
      label: 'London benchmark',
      fields: [
        vocabularySelect('kind', BENCHMARK_KINDS, { required: true, defaultValue: 'none', label: 'Where it comes from' }),
        vocabularySelect('ethnicGroup', BROAD_ETHNIC_GROUPS, {
          label: 'Ethnic group',
          admin: { condition: (_, sibling) => sibling?.kind === 'census-2021-ethnic-group' },
        }),
        { name: 'value', type: 'number', admin: { condition: (_, sibling) => sibling?.kind === 'stated' } },
        {
          name: 'period',
          type: 'text',
          admin: {
            description: 'The period the value describes, e.g. "April 2023".',
            condition: (_, sibling) => sibling?.kind === 'stated',
          },
        },
        {
          name: 'source',
          type: 'text',
          admin: { description: 'Who published it, and where.', condition: (_, sibling) => sibling?.kind === 'stated' },
        },
        { name: 'sourceUrl', type: 'text', validate: validateHttpUrl, admin: { condition: (_, sibling) => sibling?.kind === 'stated' } },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      admin: { description: 'The documents that state this metric.' },
      fields: [...citationFields, { name: 'quote', type: 'textarea' }],
    },
  ],
}
