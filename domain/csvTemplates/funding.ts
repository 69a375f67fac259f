import { APPLICANT_GROUPS, TARGET_BASES } from '../vocabulary'
import type { Template, TemplateColumn } from './columns'

const funderColumns: TemplateColumn[] = [
  {
    name: 'funder',
    title: 'Funder',
    description: 'The funder’s name, as on the portal or in its 360Giving data.',
    type: 'string',
    required: true,
    example: 'City Bridge Foundation',
  },
  {
    name: 'funder_org_id',
    title: 'Funder org-id',
    description: 'The funder’s org-id, as in its 360Giving data (e.g. GB-CHC-1035628); matched before the name.',
    type: 'string',
    pattern: { regex: '[A-Za-z]{2}-[A-Za-z]{2,6}-\\S+', meaning: 'an org-id such as GB-CHC-1035628' },
    example: 'GB-CHC-1035628',
  },
  {
    name: 'year',
    title: 'Year',
    description: 'The calendar year the applications were decided, or the target applies to.',
    type: 'year',
    required: true,
    minimum: 2000,
    maximum: 2100,
    example: '2024',
  },
]

/** Step 4.13.2: applications received and funded, as counts, by kind of applicant. */
export const FUNDING_APPLICATIONS_TEMPLATE: Template = {
  slug: 'funding-applications-template',
  title: 'Funding applications template',
  description:
    'One row per funder, year, programme and kind of applicant: how many applications were received and how many funded. Counts only; individual applications stay private.',
  primaryKey: ['funder', 'year', 'programme', 'applicant_group'],
  columns: [
    ...funderColumns,
    {
      name: 'programme',
      title: 'Programme',
      description: 'The grant programme; leave blank for all of the funder’s programmes together.',
      type: 'string',
      example: 'Bridging Divides',
    },
    {
      name: 'applicant_group',
      title: 'Kind of applicant',
      description: APPLICANT_GROUPS.map((g) => `${g.value}: ${g.description}`).join(' '),
      type: 'string',
      required: true,
      enum: APPLICANT_GROUPS.map((g) => g.value),
      example: 'user-led',
    },
    {
      name: 'received',
      title: 'Received',
      description: 'Applications received.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '120',
    },
    {
      name: 'funded',
      title: 'Funded',
      description: 'Applications funded; at most the number received.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '31',
    },
  ],
}

/** Step 4.13.1: a funder's target for the share of its funding to equalities-led organisations. */
export const FUNDING_TARGETS_TEMPLATE: Template = {
  slug: 'funding-targets-template',
  title: 'Funding targets template',
  description: 'One row per funder and year: the share of funding it aims to give to organisations led by communities facing inequity.',
  primaryKey: ['funder', 'year'],
  columns: [
    ...funderColumns,
    {
      name: 'target_share',
      title: 'Target (%)',
      description: 'The share aimed for, as a percentage.',
      type: 'number',
      required: true,
      minimum: 0,
      maximum: 100,
      example: '25',
    },
    {
      name: 'basis',
      title: 'Basis',
      description: 'Whether the target is a share of the amount awarded or of the number of grants.',
      type: 'string',
      required: true,
      enum: TARGET_BASES.map((b) => b.value),
      example: 'amount',
    },
    {
      name: 'source',
      title: 'Source',
      description: 'Where the funder states the target.',
      type: 'string',
      uri: true,
      example: 'https://www.example.org/our-equity-targets',
    },
  ],
}
