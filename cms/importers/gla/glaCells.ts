/**
 * A cell of the GLA's published pay gap tables, as the tidy long-form file gives
 * it (one row per cell, with its reference in the workbook). Suppressed cells
 * keep the symbol the GLA printed.
 */
export interface GlaCell {
  row: number
  workbook: string
  table: string
  organisation: string
  section: string
  measure: string
  group: string
  period: string
  raw: string
  cell: string
}

export const REQUIRED_COLUMNS = [
  'workbook',
  'table_title',
  'organisation',
  'section',
  'measure',
  'group',
  'period',
  'value_raw',
  'cell',
] as const
