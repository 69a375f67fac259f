import { z } from 'astro/zod'
import { PSED_PUBLICATION_KINDS } from '../../../domain/levels/publicationDuties'
import { MEASURE_UNITS } from '../../../domain/levels/vocabulary'
import { oneOf, optionalNumber, optionalText, ref, updatedAt } from './shared'

/** One figure of a level-1 indicator or a level-2 survey question: a measure, period and group. */
export const seriesFigureSchema = z.object({
  /** The indicator's name, or the survey question. */
  measure: z.string(),
  /** The plan's priority, 1 to 4. */
  priority: z.number().int().min(1).max(4),
  /** The period or wave, as the source names it. */
  period: z.string(),
  /** The last day of the period or fieldwork (ISO date-time); orders the series. */
  date: z.string(),
  /** The group the figure is for; "All Londoners" for everyone. */
  group: z.string(),
  /** The figure in its unit; a percentage as 0-100. */
  value: z.number(),
  /** The unit (MEASURE_UNITS). */
  unit: oneOf(MEASURE_UNITS),
  /** Respondents, for a survey figure; null otherwise. */
  sampleSize: optionalNumber,
  /** The survey's design effect, when the source gives one; null is read as 1. */
  designEffect: optionalNumber,
  /** Who published the figure. */
  source: z.string(),
  /** Where it is published. */
  sourceUrl: optionalText,
  /** What a reader needs to know about it. */
  notes: optionalText,
  updatedAt,
})

/** A public body's equality information or equality objectives, published under the Public Sector Equality Duty. */
export const equalityPublicationSchema = z.object({
  /** The organisation that published it. */
  organisation: ref,
  /** Equality information (annual) or equality objectives (PSED_PUBLICATION_KINDS). */
  kind: oneOf(PSED_PUBLICATION_KINDS),
  /** When it was published (ISO date-time). */
  publishedOn: z.string(),
  /** Where it is published. */
  url: z.string(),
  /** The period it covers, in its own words. */
  coversPeriod: optionalText,
  /** Notes. */
  notes: optionalText,
  updatedAt,
})
