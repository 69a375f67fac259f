import { describeProblem, type Problem } from './problems'

/**
 * How an import writes the records it creates (organisations and the file's
 * records; updates always go through payload.update with every hook):
 * 'without-version-pruning' (the default) runs Payload's create without its
 * per-record version pruning (cms/importers/createNewRecord.ts);
 * 'payload-create' is payload.create itself, kept so that a test can show
 * both store the same records and versions.
 */
export type NewRecords = 'without-version-pruning' | 'payload-create'

/** What every importer accepts: where it has got to, and what the curator decided for this file. */
export interface ImportOptions {
  /** Rows done in the phase; `total` once it is known (the rows to write, after the file has been read). */
  onProgress?: (rowsDone: number, phase: 'reading' | 'writing', total?: number) => void
  /**
   * Store the rows that can be read even when more than 5% of the file was
   * rejected (`--accept-partial`, or the upload's checkbox): a curator's
   * deliberate choice, never the default.
   */
  acceptPartial?: boolean
  /** Gender Pay Gap Service files without a DueDate column (the 23-column layout): the reporting year. */
  year?: number
  /** 360Giving files that do not state them (flat CSV, or a package without "license"/"publisher"). */
  licence?: string
  publisher?: string
  /** The admin's import record, to which the matches waiting for review are linked. */
  importId?: number | string
  /** See NewRecords; the default is right everywhere but in the test comparing the two. */
  newRecords?: NewRecords
}

/**
 * How every row of an import ended, so that the counts add up to the rows read.
 * The same rules hold for every importer (cms/importers/pipeline):
 * - created, updated and unchanged count the records written or found equal;
 *   a record is one row, or for files whose rows are cells or categories
 *   (GLA tables, the workforce template) the rows that make it up.
 * - rejected lists every row that was not stored: a cell that cannot be read,
 *   or a row repeating an earlier row's record (the first stands, the later one
 *   names it).
 * - keptManualCorrections lists the records a curator corrected by hand, left
 *   as they are; they are counted nowhere else.
 */
export interface ImportSummary {
  file: string
  rows: number
  created: number
  updated: number
  unchanged: number
  /**
   * Records stored or left unchanged with at least one data-quality flag (so
   * also counted in created, updated or unchanged). A record whose write was
   * skipped, as a kept manual correction or as a repeated row, is never
   * counted, whatever its flags; nor is a rejected row.
   */
  flagged: number
  rejected: Problem[]
  /** Rows that would have overwritten a curator's manual correction, so were left alone. */
  keptManualCorrections: Problem[]
  organisationsCreated: number
  /** For files whose rows are cells of published tables: what was not used, and why. */
  notes: string[]
}

export function emptySummary(file: string): ImportSummary {
  return {
    file,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    flagged: 0,
    rejected: [],
    keptManualCorrections: [],
    organisationsCreated: 0,
    notes: [],
  }
}

/** Rows with at least one problem (a row with three bad cells is one rejected row). */
export function rejectedRowCount(s: Pick<ImportSummary, 'rejected'>): number {
  return new Set(s.rejected.map((p) => p.row ?? p.record)).size
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `${s.file}: ${s.rows} rows read.`,
    `  created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${rejectedRowCount(s)}, kept manual corrections ${s.keptManualCorrections.length}`,
    `  flagged by data-quality checks: ${s.flagged}; organisations created: ${s.organisationsCreated}`,
    ...s.notes.map((n) => `  note: ${n}`),
    ...s.rejected.map((p) => `  rejected: ${describeProblem(p)}`),
    ...s.keptManualCorrections.map((p) => `  not overwritten: ${describeProblem(p)}`),
  ]
  return lines.join('\n')
}
