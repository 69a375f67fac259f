import { describeProblem, type Problem } from './problems'

/** What every importer accepts: where it has got to, for the CLI and the admin's import page. */
export interface ImportOptions {
  onProgress?: (rowsDone: number, phase: 'reading' | 'writing') => void
}

/** How every row of an import ended, so that the counts add up to the rows read. */
export interface ImportSummary {
  file: string
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Rows stored with at least one data-quality flag (also counted as created, updated or unchanged). */
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

export function formatSummary(s: ImportSummary): string {
  const rejectedRows = new Set(s.rejected.map((p) => p.row)).size
  const lines = [
    `${s.file}: ${s.rows} rows read.`,
    `  created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${rejectedRows}, kept manual corrections ${s.keptManualCorrections.length}`,
    `  flagged by data-quality checks: ${s.flagged}; organisations created: ${s.organisationsCreated}`,
    ...s.notes.map((n) => `  note: ${n}`),
    ...s.rejected.map((p) => `  rejected: ${describeProblem(p)}`),
    ...s.keptManualCorrections.map((p) => `  not overwritten: ${describeProblem(p)}`),
  ]
  return lines.join('\n')
}
