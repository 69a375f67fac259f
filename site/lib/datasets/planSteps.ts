import type { DatasetSpec } from './types'

export const planStepsDataset: DatasetSpec = {
  slug: 'plan-steps',
  title: 'The Building a Fairer City action plan: priorities, key actions and steps',
  description:
    'Every numbered step of the action plan with its full text, the key action and priority it serves, and its maturity stage, as set out in the plan’s self-assessment template; with the number of organisations publicly committed to each.',
  keywords: ['action plan', 'structural inequality', 'maturity stages', 'London Partnership Board'],
  themes: ['GOVE', 'SOCI'],
  updates: {
    frequency: 'IRREG',
    description: 'When the London Partnership Board revises the plan; the count of organisations committed changes with the commitments.',
  },
  provenance: {
    sources: ['Building a Fairer City action plan: self-assessment template'],
    processing: [
      'Parsed from the template by `npm run plan:import`; a test checks the stored plan still equals a fresh parse of the template.',
    ],
  },
  primaryKey: ['step_code'],
  fields: [
    { name: 'step_code', type: 'string', title: 'Step', description: 'Dotted code: priority.action.step, e.g. 1.1.4.', required: true },
    { name: 'priority_number', type: 'integer', title: 'Priority number', description: 'Priority 1 to 4.', required: true },
    { name: 'priority_name', type: 'string', title: 'Priority', description: 'Name of the priority.', required: true },
    { name: 'action_number', type: 'integer', title: 'Action number', description: 'Key action 1 to 14.', required: true },
    { name: 'action_text', type: 'string', title: 'Key action', description: 'Text of the key action.', required: true },
    {
      name: 'stage_order',
      type: 'integer',
      title: 'Stage order',
      description: 'Position of the step’s maturity stage, 1 (data gathering) to 5 (advocacy).',
      required: true,
    },
    { name: 'stage', type: 'string', title: 'Stage', description: 'Name of the maturity stage.', required: true },
    { name: 'step_text', type: 'string', title: 'Step text', description: 'Full text of the step as the plan states it.', required: true },
    {
      name: 'organisations_committed',
      type: 'integer',
      title: 'Organisations committed',
      description: 'Number of organisations with a published commitment to the step.',
      required: true,
    },
  ],
  rows: (content) =>
    content.steps.map((s) => {
      const priority = content.priorityById.get(s.priority)
      const action = content.actionById.get(s.action)
      const stage = content.stageById.get(s.stage)
      return {
        step_code: s.code,
        priority_number: priority?.number,
        priority_name: priority?.name,
        action_number: action?.number,
        action_text: action?.text,
        stage_order: stage?.order,
        stage: stage?.name,
        step_text: s.text,
        organisations_committed: content.commitmentsByStep.get(s.id)?.length ?? 0,
      }
    }),
}
