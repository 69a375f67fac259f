import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../access/roles'
import { organisationTitle } from '../../organisationTitle'

/**
 * Each step answer records the stage its step has when the return is saved,
 * so the side-by-side comparison of years reads it from the return, and the return gets
 * a title for lists in the admin: "Lambeth Council: annual return 2025".
 */
export const recordStagesAndTitle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const steps = (data.steps ?? []) as Array<Record<string, unknown>>
  const codes = [...new Set(steps.map((s) => idOf(s.step)).filter((id) => id !== undefined))]
  if (codes.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'steps',
      where: { id: { in: codes } },
      depth: 0,
      pagination: false,
      req,
      select: { stage: true },
    })
    const stageOf = new Map(docs.map((s) => [String(s.id), idOf(s.stage)]))
    for (const answer of steps) answer.stage = stageOf.get(String(idOf(answer.step))) ?? answer.stage
  }
  const organisationId = idOf(data.organisation ?? originalDoc?.organisation)
  const year = data.year ?? originalDoc?.year
  if (organisationId !== undefined) data.title = await organisationTitle(req, organisationId, `annual return ${year}`, 'fallback')
  return data
}
