import { SERIES_LEVELS } from '../../../domain/levels/vocabulary'
import { MEASURE_UNITS } from '../../../domain/levels/vocabulary'
import { valuesOf } from '../../../domain/vocabulary'
import type { SeriesFigure, PortalContent } from '../indexContent'
import { measureSeries } from '../levels/series'
import { AS_PUBLISHED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec, FieldSpec, Row } from './types'

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places

function seriesFields(measure: string, period: string): FieldSpec[] {
  return [
    {
      name: 'measure',
      type: 'string',
      title: measure,
      description: `The ${measure.toLowerCase()}, the same in every ${period.toLowerCase()}.`,
      required: true,
    },
    { name: 'priority', type: 'integer', title: 'Priority', description: 'The plan’s priority, 1 to 4.', required: true },
    { name: 'period', type: 'string', title: period, description: `The ${period.toLowerCase()} as the source names it.`, required: true },
    { name: 'date', type: 'date', title: 'Date', description: 'The last day of the period or of the fieldwork.', required: true },
    {
      name: 'group',
      type: 'string',
      title: 'Group',
      description: 'The group the figure is for; All Londoners for everyone.',
      required: true,
    },
    { name: 'value', type: 'number', title: 'Value', description: 'The figure in its unit; a percentage as 0 to 100.', required: true },
    { name: 'unit', type: 'string', title: 'Unit', description: 'The unit of the value.', required: true, enum: valuesOf(MEASURE_UNITS) },
    { name: 'sample_size', type: 'integer', title: 'Sample size', description: 'Respondents, for a survey figure.' },
    { name: 'design_effect', type: 'number', title: 'Design effect', description: 'As the source gives it; blank is read as 1.' },
    {
      name: 'lower_95',
      type: 'number',
      title: 'Lower 95% bound',
      description: 'For a percentage with a sample size: the Wilson interval on the effective sample size (n / design effect), in percent.',
    },
    { name: 'upper_95', type: 'number', title: 'Upper 95% bound', description: 'The interval’s upper bound, in percent.' },
    {
      name: 'change_points',
      type: 'number',
      title: 'Change (points)',
      description: 'From the previous period or wave of the same measure and group, in percentage points, when both have a sample size.',
    },
    {
      name: 'change_lower_95',
      type: 'number',
      title: 'Change: lower 95% bound',
      description: 'Newcombe’s hybrid score interval for the change, in points.',
    },
    { name: 'change_upper_95', type: 'number', title: 'Change: upper 95% bound', description: 'Its upper bound, in points.' },
    {
      name: 'change_verdict',
      type: 'string',
      title: 'Real change?',
      description: 'higher or lower when the change’s 95% interval excludes zero; no-clear-difference otherwise.',
      enum: ['higher', 'lower', 'no-clear-difference'],
    },
    { name: 'source', type: 'string', title: 'Source', description: 'Who published the figure.', required: true },
    { name: 'source_url', type: 'string', title: 'Source address', description: 'Where it is published.' },
    { name: 'notes', type: 'string', title: 'Notes', description: 'What a reader needs to know.' },
  ]
}

function seriesRows(figures: readonly SeriesFigure[]): Row[] {
  return measureSeries(figures).flatMap((m) =>
    m.groups.flatMap((g) =>
      g.points.map(({ figure: f, interval, change }) => ({
        measure: f.measure,
        priority: f.priority,
        period: f.period,
        date: f.date.slice(0, 10),
        group: f.group,
        value: f.value,
        unit: f.unit,
        sample_size: f.sampleSize,
        design_effect: f.designEffect,
        lower_95: interval ? round(interval.lower * 100, 2) : null,
        upper_95: interval ? round(interval.upper * 100, 2) : null,
        change_points: change ? round(change.difference * 100, 2) : null,
        change_lower_95: change ? round(change.lower * 100, 2) : null,
        change_upper_95: change ? round(change.upper * 100, 2) : null,
        change_verdict: change?.verdict ?? null,
        source: f.source,
        source_url: f.sourceUrl ?? null,
        notes: f.notes ?? null,
      })),
    ),
  )
}

const seriesDataset = (
  level: 'city' | 'survey',
  slug: string,
  title: string,
  figures: (content: PortalContent) => SeriesFigure[],
  collection: string,
): DatasetSpec => ({
  slug,
  title,
  description: `${SERIES_LEVELS[level].about} One row per ${SERIES_LEVELS[level].measure.toLowerCase()}, ${SERIES_LEVELS[level].period.toLowerCase()} and group. ${SERIES_LEVELS[level].caveat}`,
  keywords: ['Building a Fairer City', 'monitoring', `level ${SERIES_LEVELS[level].level}`, 'structural inequality', 'London'],
  themes: ['SOCI', 'GOVE'],
  updates: AS_PUBLISHED_UPDATES(level === 'survey' ? 'the survey’s waves are' : 'the indicators’ sources'),
  provenance: {
    sources: [SERIES_LEVELS[level].source],
    processing: [
      'Entered by curators in the CMS or imported from the portal’s CSV template; each figure keeps its source.',
      'For a percentage with a sample size, the 95% interval is the Wilson interval on the effective sample size (n divided by the design effect), and the change from the previous period is given with Newcombe’s interval.',
    ],
  },
  temporal: spanOf('date', 10),
  primaryKey: ['measure', 'period', 'group'],
  fields: seriesFields(SERIES_LEVELS[level].measure, SERIES_LEVELS[level].period),
  records: (content) => ({ collection, ids: figures(content).map((f) => f.id) }),
  rows: (content) => seriesRows(figures(content)),
})

export const cityIndicatorsDataset = seriesDataset(
  'city',
  'city-indicators',
  'City-wide indicators (level 1)',
  (c) => c.cityIndicators,
  'city-indicators',
)
export const surveyResultsDataset = seriesDataset(
  'survey',
  'survey-results',
  'Perception survey of Londoners (level 2)',
  (c) => c.surveyResults,
  'survey-results',
)
