import { COMMITMENT_STATUSES, valuesOf } from '../../../domain/vocabulary'
import { CURATED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec } from './types'

export const statusHistoryDataset: DatasetSpec = {
  slug: 'commitment-status-history',
  title: 'History of commitment statuses',
  description:
    'Each published change of a commitment’s status, with the date it was published, so progress over time can be followed. Draft and unpublished states are not included.',
  keywords: ['commitments', 'progress', 'history', 'Building a Fairer City'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: ['The published versions of each commitment in the portal’s CMS'],
    processing: ['Versions are read oldest first and reduced to the moments the published status changed; drafts never appear.'],
  },
  temporal: spanOf('changed_at', 10),
  primaryKey: ['commitment_id', 'changed_at'],
  foreignKeys: [{ fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['commitment_id'] } }],
  fields: [
    {
      name: 'commitment_id',
      type: 'string',
      title: 'Commitment ID',
      description: 'The commitment (see the commitments dataset).',
      required: true,
    },
    { name: 'organisation_slug', type: 'string', title: 'Organisation key', description: 'Key of the organisation.', required: true },
    { name: 'step_code', type: 'string', title: 'Step', description: 'Code of the plan step.', required: true },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'The status published at that time.',
      required: true,
      enum: valuesOf(COMMITMENT_STATUSES),
    },
    {
      name: 'changed_at',
      type: 'datetime',
      title: 'Changed at',
      description: 'When the version with this status was published (UTC).',
      required: true,
    },
  ],
  rows: (content) =>
    content.commitments.flatMap((c) =>
      (content.historyByCommitment.get(c.id) ?? []).map((h) => ({
        commitment_id: c.id,
        organisation_slug: content.organisationById.get(c.organisation)?.slug,
        step_code: content.stepById.get(c.step)?.code,
        status: h.status,
        changed_at: h.at,
      })),
    ),
}
