import type { Term } from '../vocabulary'

/** How a level-3 metric is answered (issue 14, section 2; 001_..., 4.4: "many ... have a binary yes/no response"). */
export const METRIC_ANSWER_TYPES = [
  { value: 'yes-no', label: 'Yes or no' },
  { value: 'whole-number', label: 'Whole number' },
  { value: 'percentage', label: 'Percentage' },
] as const satisfies readonly Term[]

export type MetricAnswerType = (typeof METRIC_ANSWER_TYPES)[number]['value']

/**
 * Where a metric's London benchmark comes from. A stated benchmark is typed by
 * a curator from a published source, with its value, period and source; the
 * computed ones are worked out at each build from data the portal publishes,
 * and cited there, so nobody types their value.
 */
export const BENCHMARK_KINDS = [
  { value: 'none', label: 'No London benchmark' },
  { value: 'stated', label: 'Stated by a published source (value, period and source below)' },
  {
    value: 'london-median-gender-pay-gap',
    label: 'Computed: median gender pay gap of London employers that year (Gender Pay Gap Service data on the portal)',
  },
  { value: 'census-2021-ethnic-group', label: 'Computed: share of Londoners in an ethnic group (Census 2021)' },
] as const satisfies readonly Term[]

export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number]['value']

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const satisfies readonly Term[]

export interface MetricForAnswer {
  code: string
  answerType: MetricAnswerType
}

export interface MetricAnswerInput {
  answer?: string | null
  value?: number | null
}

/** What is wrong with an answer for its metric's type, in words a reporter can act on; undefined when it fits. */
export function metricAnswerProblem(metric: MetricForAnswer, answer: MetricAnswerInput): string | undefined {
  const hasValue = answer.value !== null && answer.value !== undefined
  const hasAnswer = answer.answer !== null && answer.answer !== undefined && answer.answer !== ''
  if (metric.answerType === 'yes-no') {
    if (hasValue) return `Metric ${metric.code} is answered yes or no: leave the number empty.`
    return hasAnswer ? undefined : `Metric ${metric.code} is answered yes or no: choose one.`
  }
  if (hasAnswer) return `Metric ${metric.code} is answered with a number: leave "Yes or no" empty.`
  if (!hasValue) return `Metric ${metric.code} needs a number.`
  if (metric.answerType === 'whole-number' && (!Number.isInteger(answer.value) || answer.value! < 0))
    return `Metric ${metric.code} is a whole number (0 or more), found ${answer.value}.`
  if (metric.answerType === 'percentage' && (answer.value! < -100 || answer.value! > 100))
    return `Metric ${metric.code} is a percentage between -100 and 100, found ${answer.value}.`
  return undefined
}
