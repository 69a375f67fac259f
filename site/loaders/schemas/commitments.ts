import { z } from 'astro/zod'
import { ASSURANCE_LEVELS, COMMITMENT_STATUSES } from '../../../domain/vocabulary'
import { citation, listOf, oneOf, optionalDate, optionalText, ref, refs, updatedAt } from './shared'

/** An organisation's commitment to one step of the plan. */
export const commitmentSchema = z.object({
  /** The organisation that made it. */
  organisation: ref,
  /** Step code. */
  step: ref,
  /** Library resources the commitment uses. */
  resources: refs,
  /** Status on the ladder: planned, in-progress, complete, embedded (COMMITMENT_STATUSES). */
  status: oneOf(COMMITMENT_STATUSES),
  /** When the organisation means to reach the next rung. */
  targetDate: optionalDate,
  /** What the organisation says it is doing. */
  narrative: optionalText,
  /** What the organisation asks of Building a Fairer City. */
  supportRequired: optionalText,
  /** Evidence a reader can check. */
  evidenceLinks: listOf(
    z.object({
      /** What the link shows. */
      label: z.string(),
      /** Where it is. */
      url: z.string(),
    }),
  ),
  /** Self-declared, evidence supplied or externally assessed (ASSURANCE_LEVELS). */
  assurance: oneOf(ASSURANCE_LEVELS),
  /** Published sources for the commitment, each with the words it quotes. */
  sources: listOf(
    citation.extend({
      /** The source's own words. */
      quote: optionalText,
    }),
  ),
  updatedAt,
})

/** A moment a commitment's published status changed, derived from its versions (loaders/history.ts). */
export const statusChangeSchema = z.object({
  /** The commitment. */
  commitment: ref,
  /** The status it moved to. */
  status: oneOf(COMMITMENT_STATUSES),
  /** When the version with this status was published: when the portal recorded it. */
  at: z.string(),
  /** The date the source gives for it (a year, month or day), when it gives one. */
  stated: z.object({ date: z.string(), kind: z.enum(['since', 'as-of']), quote: z.string().optional() }).optional(),
})
