import { BROAD_ETHNIC_GROUPS } from '../../../domain/reference/census2021Ethnicity'
import { BENCHMARK_KINDS, METRIC_ANSWER_TYPES, YES_NO } from '../../../domain/returns/metrics'
import { COMMITMENT_STATUSES, valuesOf } from '../../../domain/vocabulary'
import { metricBenchmark } from '../returns/benchmarks'
import { CURATED_UPDATES, spanOf } from './schedules'
import type { PortalContent } from '../content'
import type { DatasetSpec, FieldSpec, Row } from './types'

const organisationFields: FieldSpec[] = [
  {
    name: 'organisation_slug',
    type: 'string',
    title: 'Organisation key',
    description: 'Key of the organisation (see the organisations dataset).',
    required: true,
  },
  { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Name of the organisation.', required: true },
  { name: 'year', type: 'integer', title: 'Year', description: 'The year the annual return covers.', required: true },
]

const reviewedReturns = [
  'Organisations’ annual returns through the portal (level 3 of the programme’s monitoring, Progress Report Year 1, 4.4), reviewed and published by a curator',
]

/** Both per-return datasets date each row by its return and list the returns they are built from. */
const returnUpdatedAt = {
  name: 'updated_at',
  type: 'datetime',
  title: 'Updated',
  description: 'When the published return last changed (UTC).',
  required: true,
} as const
const publishedReturns: DatasetSpec['records'] = (content) => ({ collection: 'returns', ids: content.returns.map((r) => r.id) })

type PublishedReturn = PortalContent['returns'][number]

/** One row per item of each published return (a step answer, a metric answer): its organisation and year, the item's own columns, and when the return last changed. */
function perReturnRows<T>(
  content: PortalContent,
  itemsOf: (r: PublishedReturn) => T[],
  columnsOf: (item: T, r: PublishedReturn) => Row,
): Row[] {
  return content.returns.flatMap((r) => {
    const organisation = content.organisationById.get(r.organisation)!
    return itemsOf(r).map((item) => ({
      organisation_slug: organisation.slug,
      organisation_name: organisation.name,
      year: r.year,
      ...columnsOf(item, r),
      updated_at: r.updatedAt,
    }))
  })
}

/** The level-3 metric catalogue: the questions of the annual return, and where each London benchmark comes from. */
export const metricsDataset: DatasetSpec = {
  slug: 'metrics',
  title: 'Level-3 metrics of the Building a Fairer City annual return',
  description:
    'One row per metric organisations answer in their annual return: its code, question, the key action and step it belongs to, how it is answered, and where its London benchmark comes from (stated by a source, or computed by the portal from published data).',
  keywords: ['metrics', 'annual return', 'self-assessment', 'benchmark', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: ['Building a Fairer City Progress Report, Year 1 (2023), section 4.4, and the catalogue curators keep on the portal'],
    processing: ['Computed benchmarks have no value here: their value depends on the year and is in the metric-answers dataset.'],
  },
  primaryKey: ['metric_code'],
  foreignKeys: [{ fields: ['step_code'], reference: { resource: 'plan-steps', fields: ['step_code'] } }],
  fields: [
    { name: 'metric_code', type: 'string', title: 'Metric', description: 'Stable code of the metric, e.g. L3-4.1.', required: true },
    { name: 'question', type: 'string', title: 'Question', description: 'The question as organisations read it.', required: true },
    { name: 'action_number', type: 'integer', title: 'Action', description: 'Key action the metric belongs to (1-14).', required: true },
    { name: 'step_code', type: 'string', title: 'Step', description: 'Plan step the metric measures, if one (see plan-steps).' },
    {
      name: 'answer_type',
      type: 'string',
      title: 'Answered as',
      description: 'yes-no, whole-number or percentage.',
      required: true,
      enum: valuesOf(METRIC_ANSWER_TYPES),
    },
    { name: 'unit', type: 'string', title: 'Unit', description: 'What a number counts, e.g. "% of staff".' },
    {
      name: 'benchmark_kind',
      type: 'string',
      title: 'Benchmark',
      description: 'none, stated (by a source), london-median-gender-pay-gap or census-2021-ethnic-group (computed at each build).',
      required: true,
      enum: valuesOf(BENCHMARK_KINDS),
    },
    {
      name: 'benchmark_ethnic_group',
      type: 'string',
      title: 'Benchmark ethnic group',
      description: 'For the Census 2021 benchmark: the broad ethnic group.',
      enum: valuesOf(BROAD_ETHNIC_GROUPS),
    },
    { name: 'sources', type: 'string', title: 'Sources', description: 'Documents and sections that state the metric, separated by "; ".' },
  ],
  records: (content) => ({ collection: 'metrics', ids: content.metrics.map((m) => m.id) }),
  rows: (content) =>
    content.metrics.map((m) => ({
      metric_code: m.code,
      question: m.question,
      action_number: content.actionById.get(m.action)?.number,
      step_code: m.step ? content.stepById.get(m.step)?.code : undefined,
      answer_type: m.answerType,
      unit: m.unit,
      benchmark_kind: m.benchmark.kind,
      benchmark_ethnic_group: m.benchmark.kind === 'census-2021-ethnic-group' ? m.benchmark.ethnicGroup : undefined,
      sources: m.sources.map((s) => [s.document, s.section].filter(Boolean).join(', ')),
    })),
}

/** Each published return's step answers: one row per organisation, year and step. */
export const returnsDataset: DatasetSpec = {
  slug: 'returns',
  title: 'Annual returns: each organisation’s steps by year',
  description:
    'One row per organisation, year and step its published annual return addresses: the status on the ladder planned, in progress, complete, embedded; the step’s maturity stage; the target date; and what was done that year. Compare years to see what moved, what is new and what was dropped.',
  keywords: ['annual return', 'self-assessment', 'commitments', 'maturity', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: reviewedReturns,
    processing: [
      'A return is included only when it and its organisation are published; publishing a return sets the organisation’s commitments to its statuses, so the latest return addressing a step and the commitments dataset agree.',
    ],
  },
  primaryKey: ['organisation_slug', 'year', 'step_code'],
  foreignKeys: [
    { fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } },
    { fields: ['step_code'], reference: { resource: 'plan-steps', fields: ['step_code'] } },
  ],
  fields: [
    ...organisationFields,
    { name: 'step_code', type: 'string', title: 'Step', description: 'Code of the plan step (see plan-steps).', required: true },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'planned, in-progress, complete or embedded.',
      required: true,
      enum: valuesOf(COMMITMENT_STATUSES),
    },
    { name: 'stage', type: 'string', title: 'Stage', description: 'Maturity stage of the step when the return was saved.' },
    { name: 'target_date', type: 'date', title: 'Target date', description: 'When the next status is due, if given.' },
    { name: 'note', type: 'string', title: 'What was done', description: 'What the organisation did on the step that year.' },
    returnUpdatedAt,
  ],
  records: publishedReturns,
  temporal: spanOf('year', 4),
  rows: (content) =>
    perReturnRows(
      content,
      (r) => r.steps.filter((s) => content.stepById.has(s.step)),
      (s) => ({
        step_code: content.stepById.get(s.step)!.code,
        status: s.status,
        stage: s.stage,
        target_date: s.targetDate?.slice(0, 10),
        note: s.note,
      }),
    ),
}

/** Each published return's metric answers, with the London benchmark for that year. */
export const metricAnswersDataset: DatasetSpec = {
  slug: 'metric-answers',
  title: 'Annual returns: answers to the level-3 metrics, with London benchmarks',
  description:
    'One row per organisation, year and level-3 metric answered in a published annual return: a yes or no, or a number with its unit, and the London benchmark for the year with its period and source. Computed benchmarks (the median gender pay gap of London employers; London’s population by ethnic group, Census 2021) are worked out by the portal at each build and cited.',
  keywords: ['annual return', 'metrics', 'benchmark', 'Living Wage', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: [
      ...reviewedReturns,
      'UK Gender Pay Gap Service data published on the portal (computed benchmark)',
      'Census 2021, table TS021, Office for National Statistics, Open Government Licence v3.0 (computed benchmark)',
    ],
    processing: [
      'The median gender pay gap benchmark is the median of the reported median hourly gaps of London employers (an organisation with a London borough, or London-wide) for the snapshot year equal to the return’s year, one figure per employer; withheld figures are left out, never counted as 0.',
      'The ethnic group benchmark is the group’s share of all usual residents of the 33 London authorities, from the counts.',
    ],
  },
  primaryKey: ['organisation_slug', 'year', 'metric_code'],
  foreignKeys: [
    { fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } },
    { fields: ['metric_code'], reference: { resource: 'metrics', fields: ['metric_code'] } },
  ],
  fields: [
    ...organisationFields,
    { name: 'metric_code', type: 'string', title: 'Metric', description: 'Code of the metric (see the metrics dataset).', required: true },
    { name: 'answer', type: 'string', title: 'Yes or no', description: 'The answer to a yes-no metric.', enum: valuesOf(YES_NO) },
    { name: 'value', type: 'number', title: 'Value', description: 'The number given for a whole-number or percentage metric.' },
    { name: 'unit', type: 'string', title: 'Unit', description: 'What the value counts.' },
    { name: 'comment', type: 'string', title: 'Comment', description: 'The organisation’s comment on its answer.' },
    {
      name: 'benchmark_value',
      type: 'number',
      title: 'London benchmark',
      description: 'The London benchmark for the year, if the metric has one.',
    },
    { name: 'benchmark_unit', type: 'string', title: 'Benchmark unit', description: 'What the benchmark counts.' },
    { name: 'benchmark_period', type: 'string', title: 'Benchmark period', description: 'The period the benchmark describes.' },
    { name: 'benchmark_source', type: 'string', title: 'Benchmark source', description: 'Where the benchmark comes from.' },
    {
      name: 'benchmark_count',
      type: 'integer',
      title: 'Benchmark base',
      description: 'For a computed benchmark: how many employers or residents it is computed from.',
    },
    returnUpdatedAt,
  ],
  records: publishedReturns,
  temporal: spanOf('year', 4),
  rows: (content) =>
    perReturnRows(
      content,
      (r) => r.metricAnswers.filter((a) => content.metricById.has(a.metric)),
      (a, r) => {
        const metric = content.metricById.get(a.metric)!
        const benchmark = metricBenchmark(metric, r.year, content)
        return {
          metric_code: metric.code,
          answer: a.answer,
          value: a.value ?? undefined,
          unit: metric.unit,
          comment: a.comment,
          benchmark_value: benchmark?.value,
          benchmark_unit: benchmark?.unit,
          benchmark_period: benchmark?.period,
          benchmark_source: benchmark?.source,
          benchmark_count: benchmark?.count,
        }
      },
    ),
}
