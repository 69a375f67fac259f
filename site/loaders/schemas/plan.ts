import { z } from 'astro/zod'
import { ref } from './shared'

/** The plan itself: its maturity stages, priorities, key actions and numbered steps (data/plan.json). */

/** A maturity stage; its ID is the stage's slug. */
export const stageSchema = z.object({
  /** Position on the maturity ladder, 1 to 5. */
  order: z.number().int(),
  /** The stage's name as the plan prints it. */
  name: z.string(),
})

/** One of the plan's four priorities. */
export const prioritySchema = z.object({
  /** The priority's number, 1 to 4. */
  number: z.number().int(),
  /** The priority's name as the plan prints it. */
  name: z.string(),
})

/** One of the plan's key actions. */
export const actionSchema = z.object({
  /** Key actions are numbered 1 to 14 across the whole plan. */
  number: z.number().int(),
  /** The priority the action serves. */
  priority: ref,
  /** The action's text as the plan prints it. */
  text: z.string(),
})

/** One of the plan's numbered steps; its ID is its code. */
export const stepSchema = z.object({
  /** Dotted code as printed in the plan, e.g. "1.1.4". */
  code: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Sorts steps in plan order. */
  sortKey: z.number(),
  /** The priority the step serves. */
  priority: ref,
  /** The key action the step belongs to. */
  action: ref,
  /** Maturity stage slug. */
  stage: ref,
  /** The step's full text from the plan. */
  text: z.string(),
})
