import { ASSURANCE_LEVELS, COMMITMENT_STATUSES, valuesOf } from '../../../domain/vocabulary'
import { CURATED_UPDATES } from './schedules'
import type { DatasetSpec } from './types'

export const commitmentsDataset: DatasetSpec = {
  slug: 'commitments',
  title: 'Commitments to steps of the Building a Fairer City action plan',
  description:
    'One row per published commitment of an organisation to a numbered step of the plan: its status on the ladder planned, in progress, complete, embedded; target date; assurance level; the support asked of Building a Fairer City; and the source it rests on.',
  keywords: ['commitments', 'action plan', 'maturity', 'structural inequality', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: [
      'Building a Fairer City Progress Report, Year 1 (2023), and London Councils’ publications, each commitment citing and quoting its document and section',
      'Organisations’ own reports through the portal, reviewed by a curator',
    ],
    processing: [
      'Statuses follow the source’s wording (“keen to” is planned, “is undertaking” is in progress); every status is self-declared unless evidence or an external assessment is recorded.',
      'A commitment is included only when it, its organisation and its step are published.',
    ],
  },
  primaryKey: ['commitment_id'],
  foreignKeys: [
    { fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } },
    { fields: ['step_code'], reference: { resource: 'plan-steps', fields: ['step_code'] } },
  ],
  fields: [
    {
      name: 'commitment_id',
      type: 'string',
      title: 'Commitment ID',
      description: 'Stable identifier of the commitment on the portal.',
      required: true,
    },
    {
      name: 'organisation_slug',
      type: 'string',
      title: 'Organisation key',
      description: 'Key of the committed organisation (see the organisations dataset).',
      required: true,
    },
    { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Name of the organisation.', required: true },
    {
      name: 'step_code',
      type: 'string',
      title: 'Step',
      description: 'Code of the plan step, e.g. 1.1.4 (see the plan-steps dataset).',
      required: true,
    },
    {
      name: 'priority_number',
      type: 'integer',
      title: 'Priority',
      description: 'Number of the plan priority the step belongs to (1-4).',
      required: true,
    },
    {
      name: 'action_number',
      type: 'integer',
      title: 'Action',
      description: 'Number of the key action the step belongs to (1-14).',
      required: true,
    },
    { name: 'stage', type: 'string', title: 'Stage', description: 'Maturity stage of the step.', required: true },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'Where the commitment stands: planned, in-progress, complete or embedded.',
      required: true,
      enum: valuesOf(COMMITMENT_STATUSES),
    },
    {
      name: 'target_date',
      type: 'date',
      title: 'Target date',
      description: 'When the organisation aims to reach the next status, if given.',
    },
    {
      name: 'assurance',
      type: 'string',
      title: 'Assurance',
      description: 'How the claim is backed: self-declared, evidence-supplied or externally-assessed.',
      required: true,
      enum: valuesOf(ASSURANCE_LEVELS),
    },
    { name: 'narrative', type: 'string', title: 'Narrative', description: 'What the organisation is doing, in its words or its source’s.' },
    {
      name: 'support_required',
      type: 'string',
      title: 'Support required',
      description: 'Support the organisation asks of Building a Fairer City.',
    },
    { name: 'evidence_urls', type: 'string', title: 'Evidence', description: 'Links to evidence, separated by "; ".' },
    {
      name: 'sources',
      type: 'string',
      title: 'Sources',
      description: 'Documents and sections the commitment is drawn from, separated by "; ".',
    },
    {
      name: 'updated_at',
      type: 'datetime',
      title: 'Updated',
      description: 'When the published commitment last changed (UTC).',
      required: true,
    },
  ],
  records: (content) => ({ collection: 'commitments', ids: content.commitments.map((c) => c.id) }),
  rows: (content) =>
    content.commitments.map((c) => {
      const organisation = content.organisationById.get(c.organisation)!
      const step = content.stepById.get(c.step)!
      return {
        commitment_id: c.id,
        organisation_slug: organisation.slug,
        organisation_name: organisation.name,
        step_code: step.code,
        priority_number: content.priorityById.get(step.priority)?.number,
        action_number: content.actionById.get(step.action)?.number,
        stage: step.stage,
        status: c.status,
        target_date: c.targetDate?.slice(0, 10),
        assurance: c.assurance,
        narrative: c.narrative,
        support_required: c.supportRequired,
        evidence_urls: c.evidenceLinks.map((l) => l.url),
        sources: c.sources.map((s) => [s.document, s.section].filter(Boolean).join(', ')),
        updated_at: c.updatedAt,
      }
    }),
}
