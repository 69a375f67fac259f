import { MEASURE_UNITS } from '../levels/vocabulary'
import type { Template, TemplateColumn } from './columns'

/**
 * Levels 1 and 2 of the programme's metrics (Year 1 progress report, 4.4):
 * city-wide indicators and the perception survey's waves, one row per
 * measure, period and group. The two share every column but the first two
 * names and whether a sample size is required.
 */
function seriesColumns(names: { measure: string; period: string }, sampleRequired: boolean): TemplateColumn[] {
  return [
    {
      name: names.measure,
      title: names.measure === 'question' ? 'Question' : 'Indicator',
      description:
        names.measure === 'question'
          ? 'The question as put to respondents (the same words every wave), or its short name.'
          : 'The indicator’s name, the same in every period, e.g. “Londoners in poverty after housing costs”.',
      type: 'string',
      required: true,
      example:
        names.measure === 'question'
          ? 'I can see a change in how fairly Londoners are treated'
          : 'Londoners in poverty after housing costs',
    },
    {
      name: 'priority',
      title: 'Priority',
      description: 'The plan’s priority the measure belongs to, 1 to 4.',
      type: 'integer',
      required: true,
      minimum: 1,
      maximum: 4,
      example: '2',
    },
    {
      name: names.period,
      title: names.period === 'wave' ? 'Wave' : 'Period',
      description:
        names.period === 'wave'
          ? 'The survey wave’s name as the source gives it, e.g. “Wave 3 (spring 2025)”.'
          : 'The period the figure describes, as the source names it, e.g. 2022-23.',
      type: 'string',
      required: true,
      example: names.period === 'wave' ? 'Wave 3 (spring 2025)' : '2022-23',
    },
    {
      name: 'date',
      title: names.period === 'wave' ? 'Fieldwork ended' : 'Period ended',
      description: 'The last day of the period or of the wave’s fieldwork; it orders the series.',
      type: 'date',
      required: true,
      example: '2025-04-30',
    },
    {
      name: 'group',
      title: 'Group',
      description: 'The group the figure is for, e.g. “Black Londoners” or “Disabled Londoners”; blank for all Londoners.',
      type: 'string',
      example: 'All Londoners',
    },
    {
      name: 'value',
      title: 'Value',
      description: 'The figure, in its unit; a percentage as 0 to 100.',
      type: 'number',
      required: true,
      example: '46',
    },
    {
      name: 'unit',
      title: 'Unit',
      description: MEASURE_UNITS.map((u) => `${u.value}: ${u.description}`).join(' '),
      type: 'string',
      required: true,
      enum: MEASURE_UNITS.map((u) => u.value),
      example: 'percent',
    },
    {
      name: 'sample_size',
      title: 'Sample size',
      description: sampleRequired
        ? 'Respondents the figure is of (for a group, the group’s respondents); the 95% interval is drawn from it.'
        : 'Respondents, when the figure comes from a survey; blank for a count or an administrative figure.',
      type: 'integer',
      required: sampleRequired,
      minimum: 1,
      example: '1000',
    },
    {
      name: 'design_effect',
      title: 'Design effect',
      description: 'The survey’s design effect, when the source gives one (1 or more); blank is read as 1.',
      type: 'number',
      minimum: 1,
      example: '1.4',
    },
    {
      name: 'source',
      title: 'Source',
      description: 'Who published the figure and where, e.g. “GLA City Intelligence Unit, Survey of Londoners”.',
      type: 'string',
      required: true,
      example: 'GLA City Intelligence Unit',
    },
    {
      name: 'source_url',
      title: 'Source address',
      description: 'Where the figure is published.',
      type: 'string',
      uri: true,
      example: 'https://data.london.gov.uk/',
    },
    {
      name: 'notes',
      title: 'Notes',
      description: 'Anything a reader needs to know: a change of method, a small base.',
      type: 'string',
      example: '',
    },
  ]
}

export const CITY_INDICATORS_TEMPLATE: Template = {
  slug: 'city-indicators-template',
  title: 'City-wide indicators template (level 1)',
  description: 'One row per indicator, period and group: the city-wide outcome measures of the plan’s four priorities, with their source.',
  primaryKey: ['indicator', 'period', 'group'],
  columns: seriesColumns({ measure: 'indicator', period: 'period' }, false),
}

export const SURVEY_RESULTS_TEMPLATE: Template = {
  slug: 'survey-results-template',
  title: 'Perception survey template (level 2)',
  description:
    'One row per question, wave and group: the share of Londoners answering so, with the number of respondents (and the design effect, when given) from which the margin of error is drawn.',
  primaryKey: ['question', 'wave', 'group'],
  columns: seriesColumns({ measure: 'question', period: 'wave' }, true),
}
