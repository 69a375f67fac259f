import { labelOf } from '../../../domain/vocabulary'
import { YES_NO } from '../../../domain/returns/metrics'
import type { AnnualReturn, Metric } from '../content'

type Answer = AnnualReturn['metricAnswers'][number]

/** An answer in words: "Yes", "12 staff", "8.5%"; a missing figure says so rather than showing 0. */
export function metricAnswerText(metric: Metric, answer: Answer): string {
  if (metric.answerType === 'yes-no') return answer.answer ? labelOf(YES_NO, answer.answer) : 'Not answered'
  if (answer.value === null) return 'Not answered'
  const unit = metric.unit ?? ''
  const number = answer.value.toLocaleString('en-GB')
  return unit.startsWith('%') ? `${number}${unit}` : `${number}${unit ? ` ${unit}` : ''}`
}
