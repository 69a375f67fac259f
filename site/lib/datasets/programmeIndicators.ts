import {
  ADOPTION_AIM,
  adoption,
  allThreePayGaps,
  commitmentsOverTime,
  equalitiesLedFunding,
  livingWageEmployers,
} from '../programme/indicators'
import type { PortalContent } from '../indexContent'
import { CURATED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec, Row } from './types'

const round = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000)

/** The programme page's figures as rows: one per indicator and breakdown, each with its base. */
export function programmeIndicatorRows(content: PortalContent, today = new Date()): Row[] {
  const asOf = today.toISOString().slice(0, 10)
  const adopted = adoption(content)
  const gaps = allThreePayGaps(content)
  const wage = livingWageEmployers(content)
  const funding = equalitiesLedFunding(content)
  const participantsBase = 'Participants: published organisations with an adoption date or at least one published commitment'
  const rows: Row[] = [
    {
      indicator: 'organisations-adopted',
      as_of: asOf,
      breakdown: 'all',
      value: adopted.adopted,
      base: ADOPTION_AIM,
      base_description: 'The aim of 100 partner organisations adopting the plan (GLA decision, risks)',
    },
    ...adopted.byYear.map((y) => ({
      indicator: 'organisations-adopted',
      as_of: `${y.year}-12-31`,
      breakdown: `joined in ${y.year}`,
      value: y.cumulative,
      base: ADOPTION_AIM,
      base_description: 'Cumulative participants by the year they adopted the plan or first published a commitment',
    })),
    ...commitmentsOverTime(content, today).map((c) => ({
      indicator: 'commitments',
      as_of: c.asOf,
      breakdown: `priority ${c.priority} / ${c.stage} / ${c.status}`,
      value: c.commitments,
      base: null,
      base_description: 'Published commitments, each at the last status it had published by that date',
    })),
    {
      indicator: 'all-three-pay-gaps',
      as_of: asOf,
      breakdown: 'all',
      value: gaps.organisations.length,
      base: gaps.base,
      base_description: `${participantsBase}; counted when gender, ethnicity and disability pay gaps are published for the same year (step 1.1.4)`,
    },
    {
      indicator: 'london-living-wage-employers',
      as_of: asOf,
      breakdown: 'all',
      value: wage.organisations.length,
      base: wage.base,
      base_description: `${participantsBase}; counted when their commitment on step 2.4.1 is complete or embedded`,
    },
    {
      indicator: 'equalities-led-share-by-count',
      as_of: asOf,
      breakdown: 'all grants',
      value: round(funding.byCount.estimate),
      base: funding.share.base.grants,
      base_description: 'Grants whose recipient was asked and answered whether it is led by communities facing inequity (action 13)',
    },
  ]
  return rows
}

export const programmeIndicatorsDataset: DatasetSpec = {
  slug: 'programme-indicators',
  title: 'Programme indicators of Building a Fairer City',
  description:
    'The programme’s progress computed from the portal’s published records: organisations that adopted the plan against the aim of 100, commitments by priority, stage and status over time, participants publishing all three pay gaps, accredited London Living Wage employers, and the share of grants to equalities-led organisations. Each row states its base.',
  keywords: ['Building a Fairer City', 'progress', 'indicators', 'monitoring', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: ['The portal’s published organisations, commitments and their status history, pay gap reports and grants'],
    processing: ['Computed at each build; the value is a count, or for the share a fraction 0-1, of the base stated in the same row.'],
  },
  temporal: spanOf('as_of', 10),
  primaryKey: ['indicator', 'as_of', 'breakdown'],
  fields: [
    { name: 'indicator', type: 'string', title: 'Indicator', description: 'Which programme indicator.', required: true },
    { name: 'as_of', type: 'date', title: 'As of', description: 'The date the figure describes.', required: true },
    {
      name: 'breakdown',
      type: 'string',
      title: 'Breakdown',
      description: 'The part counted, e.g. priority / stage / status.',
      required: true,
    },
    { name: 'value', type: 'number', title: 'Value', description: 'A count, or a share as a fraction 0-1; blank when the base is empty.' },
    { name: 'base', type: 'integer', title: 'Base', description: 'What the value is out of, when it is out of something.' },
    { name: 'base_description', type: 'string', title: 'Base described', description: 'Who or what is counted.', required: true },
  ],
  rows: (content) => programmeIndicatorRows(content),
}
