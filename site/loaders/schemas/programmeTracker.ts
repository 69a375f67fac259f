import { z } from 'astro/zod'
import { RAG_RATINGS, TRI_STRANDS, TRI_TERMS } from '../../../domain/vocabulary'
import { citation, oneOf, optional, optionalText, updatedAt } from './shared'

/** An action of the Tackling Racial Inequality programme tracker. */
export const trackerActionSchema = z.object({
  /** Stable identifier, e.g. leadership-celc-statement. */
  key: z.string(),
  /** The programme strand it belongs to (TRI_STRANDS). */
  strand: oneOf(TRI_STRANDS),
  /** Its position in the tracker. */
  order: z.number(),
  /** The action as the programme words it. */
  title: z.string(),
  /** Who leads it. */
  owners: z.string(),
  /** Immediate and short, or medium and long term (TRI_TERMS). */
  term: oneOf(TRI_TERMS),
  /** Where it stands, in the programme's words. */
  status: z.string(),
  /** What happens next, when stated. */
  nextSteps: optionalText,
  /** Green, yellow, red or not rated (RAG_RATINGS). */
  rag: oneOf(RAG_RATINGS),
  /** Where the tracker's entry comes from. */
  source: optional(citation),
  updatedAt,
})

/** What a change to an action altered: its first version is "recorded"; later ones change the rating, the status or both. */
export const TRACKER_CHANGE_KINDS = ['recorded', 'rating', 'status'] as const

/** A change of an action's status or rating, derived from its versions (loaders/history.ts). */
export const trackerChangeSchema = z.object({
  /** The action's key. */
  action: z.string(),
  /** When the version was saved. */
  at: z.string(),
  /** Its rating from then on (RAG_RATINGS). */
  rag: oneOf(RAG_RATINGS),
  /** Its status text from then on. */
  status: z.string(),
  /** What changed: the rating, the status text, or both. */
  changed: z.array(z.enum(TRACKER_CHANGE_KINDS)),
  /** The date the source gives for it (a year, month or day), when it gives one. */
  stated: z.object({ date: z.string(), kind: z.enum(['since', 'as-of']), quote: z.string().optional() }).optional(),
})
