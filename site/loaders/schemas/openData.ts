import { z } from 'astro/zod'
import { optionalText } from './shared'

/** A numbered release of a dataset, made by the site build when the dataset's content changed. */
export const datasetReleaseSchema = z.object({
  /** The dataset's slug, as in /data/<slug>/. */
  dataset: z.string(),
  /** 1 for the first release, counting up. */
  number: z.number().int(),
  /** When the release was made. */
  releasedAt: z.string(),
  /** What changed: rows added, changed and removed, and corrections made since the last release. */
  note: z.string(),
  rowsAdded: z.number().int(),
  rowsChanged: z.number().int(),
  rowsRemoved: z.number().int(),
  /** Rows in the release. */
  rowCount: z.number().int(),
  /** The release's CSV, kept in RELEASE_UPLOAD_DIR. */
  filename: z.string(),
})

/** A published figure that was corrected: old and new value, when and why (the public corrections log). */
export const correctionSchema = z.object({
  /** The collection of the corrected record: organisations, commitments, pay-gap-reports, workforce-profiles or grants. */
  collection: z.string(),
  /** The corrected record's ID. */
  recordId: z.string(),
  /** What the record is, in words. */
  recordTitle: z.string(),
  /** The organisation the record belongs to, for records shown on an organisation's page. */
  organisation: optionalText,
  /** The field's path, e.g. meanHourlyGap.value. */
  field: z.string(),
  /** The field as people call it. */
  fieldLabel: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  /** Why it changed: the curator's reason, or the source's republication. */
  reason: z.string(),
  /** curator or import. */
  kind: z.string(),
  correctedAt: z.string(),
})
