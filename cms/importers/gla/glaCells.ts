import type { ValueStatus } from '../../vocabulary'

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

/** The GLA's symbols: fewer than five people, more than five (to stop a difference revealing a count), not applicable, unreliable. */
const SYMBOLS: Record<string, { status: ValueStatus; meaning: string }> = {
  '<5': { status: 'withheld', meaning: 'fewer than five people' },
  '>5': { status: 'withheld', meaning: 'withheld so that another cell cannot be worked out' },
  'N/A': { status: 'not-applicable', meaning: 'not applicable' },
  u: { status: 'withheld', meaning: 'unreliable' },
}

export interface CellValue {
  value: number | null
  status: ValueStatus
  symbol: string | null
}

/** A cell as a measured value; `scale` turns the GLA's fractions (0.0614) into percentages (6.14). */
export function cellValue(raw: string, scale = 1): CellValue | { problem: string } {
  const t = raw.trim()
  if (t === '') return { value: null, status: 'not-reported', symbol: null }
  const symbol = SYMBOLS[t]
  if (symbol) return { value: null, status: symbol.status, symbol: t }
  const n = Number(t)
  if (!Number.isFinite(n)) return { problem: `expected a number or one of the symbols ${Object.keys(SYMBOLS).join(', ')}, got "${raw}"` }
  // Four decimal places of a percentage is finer than any published figure and drops float noise.
  return { value: Number((n * scale).toFixed(4)), status: 'reported', symbol: null }
}
