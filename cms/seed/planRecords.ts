import type { Plan } from '../../domain/plan/parsePlan'

/**
 * The plan as CMS records: stages keyed by slug, priorities and actions by number,
 * steps by code, with relationships as those keys. Used by the seed and by the
 * benchmark's synthetic snapshots, so both store the plan the same way.
 */
export function planRecords(plan: Plan) {
  return {
    stages: plan.stages.map((s) => ({ id: s.slug, order: s.order, name: s.name })),
    priorities: plan.priorities.map((p) => ({ id: String(p.number), number: p.number, name: p.name })),
    actions: plan.actions.map((a) => ({ id: String(a.number), number: a.number, priority: String(a.priority), text: a.text })),
    steps: plan.steps.map((s) => ({
      id: s.code,
      code: s.code,
      sortKey: s.priority * 10_000 + s.action * 100 + s.number,
      priority: String(s.priority),
      action: String(s.action),
      stage: s.stage,
      text: s.text,
    })),
  }
}
