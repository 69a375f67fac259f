import type { Term } from '../vocabulary'

/** What a level-1 or level-2 figure measures in; only a percentage of respondents gets a survey interval. */
export const MEASURE_UNITS = [
  { value: 'percent', label: 'Percent', description: 'A share, 0 to 100.' },
  { value: 'count', label: 'Count', description: 'A number of people, households or cases.' },
  { value: 'pounds', label: 'Pounds (£)', description: 'An amount of money.' },
  { value: 'rate-per-1000', label: 'Rate per 1,000', description: 'Cases per 1,000 people.' },
  { value: 'score', label: 'Score', description: 'A mean score on the source’s own scale.' },
] as const satisfies readonly Term[]

export type MeasureUnit = (typeof MEASURE_UNITS)[number]['value']

/** The two series levels of the progress report (001_..., 4.4): level 3 is organisations’ own self-assessment. */
export const SERIES_LEVELS = {
  city: {
    level: 1,
    measure: 'Indicator',
    period: 'Period',
    /** The progress report’s words, 4.4. */
    about:
      'City-wide quantitative measures that are outcome focused. They provide an overall picture of structural inequalities linked to the four priority areas of the plan across London.',
    caveat:
      'These measures are linked to many influences, such as cost of living and poverty levels. It is not possible to directly link improvements or a worsening picture solely to work relating to the plan.',
    source:
      'The GLA’s City Intelligence Unit and the London Partnership Board’s Structural Inequalities Subgroup agreed these measures (Year 1 progress report, 4.4).',
  },
  survey: {
    level: 2,
    measure: 'Question',
    period: 'Wave',
    about:
      'Quantitative measures based on the perception of Londoners. Questions are put to a sample of 1,000 Londoners every six months, representative for age, gender, education level and ethnicity.',
    caveat:
      'Each wave of this tracking will ask a different sample of respondents the same question. These respondents may have different circumstances and opinions. As such, the variation seen cannot totally be attributed to a change in opinion.',
    source: 'The perception survey of 1,000 Londoners every six months described in the Year 1 progress report (4.4).',
  },
} as const

export type SeriesLevel = keyof typeof SERIES_LEVELS

/** A figure for everyone, not a group: stored in words, so a key and a page never read an empty group. */
export const ALL_LONDONERS = 'All Londoners'
