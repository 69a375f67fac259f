import { REPORTABLE_COLLECTIONS } from '../../../domain/problemReports'
import type { Correction, PortalContent } from '../content'
import { urls } from '../urls'
import { CURATED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec } from './types'

/** The public page where a corrected record is shown: its organisation's page, or the grant's own. */
export function correctionPage(content: PortalContent, c: Correction): string | undefined {
  if (c.collection === 'grants') {
    const grant = content.grants.find((g) => g.id === c.recordId)
    return grant ? urls.grant(grant.grantId) : undefined
  }
  const organisation = c.organisation ? content.organisationById.get(c.organisation) : undefined
  return organisation ? urls.organisation(organisation.slug) : undefined
}

const KINDS = REPORTABLE_COLLECTIONS.map((c) => c.value)

/** The corrections log: every published value that changed, with the old and new value, when and why. */
export const correctionsDataset: DatasetSpec = {
  slug: 'corrections',
  title: 'Corrections log',
  description:
    'Every correction to a published figure or fact on the portal: the record, the field, the old and the new value, when it was made and why (a curator’s reason, or the source republishing its data). Corrections also appear on the record’s page and in the next release note of each dataset that holds the record.',
  keywords: ['corrections', 'revisions', 'data quality', 'Building a Fairer City'],
  themes: ['GOVE'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: ['The portal’s CMS: every save of a published organisation, commitment, pay gap report, workforce profile or grant'],
    processing: [
      'A correction is a published value replaced or removed; a value added where there was none is not a correction.',
      'A curator must give a reason; a change made by an import is recorded as republished by the source, naming the file.',
    ],
  },
  temporal: spanOf('corrected_at', 10),
  primaryKey: ['correction_id'],
  fields: [
    { name: 'correction_id', type: 'string', title: 'Correction ID', description: 'Stable identifier of the correction.', required: true },
    {
      name: 'corrected_at',
      type: 'datetime',
      title: 'Corrected at',
      description: 'When the corrected record was published (UTC).',
      required: true,
    },
    {
      name: 'record_kind',
      type: 'string',
      title: 'Record kind',
      description: 'What kind of record was corrected.',
      required: true,
      enum: KINDS,
    },
    { name: 'record_id', type: 'string', title: 'Record ID', description: 'The record’s identifier on the portal.', required: true },
    { name: 'record', type: 'string', title: 'Record', description: 'The record’s title when corrected.', required: true },
    { name: 'page_url', type: 'string', title: 'Page', description: 'The record’s page on the portal, if it is still published.' },
    { name: 'field', type: 'string', title: 'Field', description: 'The corrected field, e.g. Mean hourly pay gap.', required: true },
    { name: 'old_value', type: 'string', title: 'Old value', description: 'The value published before.' },
    { name: 'new_value', type: 'string', title: 'New value', description: 'The value published now; empty when it was removed.' },
    { name: 'reason', type: 'string', title: 'Reason', description: 'Why it changed.', required: true },
    {
      name: 'corrected_by',
      type: 'string',
      title: 'Corrected by',
      description: 'curator, or import when the source republished it.',
      required: true,
      enum: ['curator', 'import'],
    },
  ],
  rows: (content) =>
    content.corrections.map((c) => ({
      correction_id: c.id,
      corrected_at: c.correctedAt,
      record_kind: c.collection,
      record_id: c.recordId,
      record: c.recordTitle,
      page_url: correctionPage(content, c),
      field: c.fieldLabel,
      old_value: c.oldValue,
      new_value: c.newValue,
      reason: c.reason,
      corrected_by: c.kind,
    })),
}
