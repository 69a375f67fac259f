import { z } from 'astro/zod'
import { BROAD_ETHNIC_GROUPS } from '../../../domain/reference/census2021Ethnicity'
import { BENCHMARK_KINDS, METRIC_ANSWER_TYPES, YES_NO } from '../../../domain/returns/metrics'
import { COMMITMENT_STATUSES, SOURCE_DOCUMENTS } from '../../../domain/vocabulary'
import { citation, listOf, oneOf, optional, optionalDate, optionalNumber, optionalText, ref, updatedAt } from './shared'

/** A level-3 metric: a question of the annual return, with its London benchmark. */
export const metricSchema = z.object({
  /** Stable code, e.g. "L3-4.1". */
  code: z.string(),
  /** The question as organisations read it. */
  question: z.string(),
  /** The key action it belongs to. */
  action: ref,
  /** The step it measures, when one. */
  step: optional(ref),
  /** yes-no, whole-number or percentage (METRIC_ANSWER_TYPES). */
  answerType: oneOf(METRIC_ANSWER_TYPES),
  /** What a number counts, e.g. "% of staff". */
  unit: optionalText,
  /** Where the London benchmark comes from; computed kinds are worked out at build. */
  benchmark: z
    .object({
      /** none, stated, london-median-gender-pay-gap or census-2021-ethnic-group (BENCHMARK_KINDS). */
      kind: oneOf(BENCHMARK_KINDS)
        .nullish()
        .transform((v) => v ?? 'none'),
      /** For the Census benchmark: the broad ethnic group. */
      ethnicGroup: optional(oneOf(BROAD_ETHNIC_GROUPS)),
      /** A stated benchmark's value. */
      value: optionalNumber,
      /** The period a stated value describes. */
      period: optionalText,
      /** Who published a stated value. */
      source: optionalText,
      /** Where a stated value can be read. */
      sourceUrl: optionalText,
    })
    .nullish()
    .transform((v) => v ?? { kind: 'none' as const, value: null }),
  /** Documents that state the metric. */
  sources: listOf(citation.extend({ document: oneOf(SOURCE_DOCUMENTS), quote: optionalText })),
})

/** One organisation's published annual return for one year. */
export const returnSchema = z.object({
  /** The organisation. */
  organisation: ref,
  /** The year the return covers. */
  year: z.number().int(),
  /** Each step addressed: its status, the step's stage when saved, target date and note. */
  steps: listOf(
    z.object({
      /** Step code. */
      step: ref,
      /** Status on the ladder (COMMITMENT_STATUSES). */
      status: oneOf(COMMITMENT_STATUSES),
      /** Stage slug. */
      stage: optional(ref),
      /** When the next status is due. */
      targetDate: optionalDate,
      /** What was done this year. */
      note: optionalText,
    }),
  ),
  /** The template's two boxes per priority. */
  priorities: listOf(
    z.object({
      /** Priority ID (its number). */
      priority: ref,
      /** "Actions to complete". */
      actionsToComplete: optionalText,
      /** "Support required from Building a Fairer City". */
      supportRequired: optionalText,
    }),
  ),
  /** Answers to level-3 metrics. */
  metricAnswers: listOf(
    z.object({
      /** The metric. */
      metric: ref,
      /** yes or no, for a yes-no metric. */
      answer: optional(oneOf(YES_NO)),
      /** The number, for a whole-number or percentage metric. */
      value: optionalNumber,
      /** The organisation's comment. */
      comment: optionalText,
    }),
  ),
  /** Progress this year. */
  progress: optionalText,
  /** Challenges. */
  challenges: optionalText,
  /** Support needed. */
  supportNeeded: optionalText,
  updatedAt,
})
