import type { ValueStatus } from '../vocabulary'

/**
 * A published figure read from one cell: a number, or a symbol in its place.
 * Publishers print a symbol where a figure is withheld for disclosure or does not
 * apply; it is kept as published and never read as 0. A blank cell is a figure
 * that was not reported.
 */
export interface CellValue {
  value: number | null
  status: ValueStatus
  symbol: string | null
}

/** The symbols the portal reads, with what each means (shown in the site's legend and the templates' schemas). */
export const WITHHELD_SYMBOLS: Record<string, { status: ValueStatus; meaning: string }> = {
  '<5': { status: 'withheld', meaning: 'fewer than five people, withheld so that nobody can be identified' },
  '>5': { status: 'withheld', meaning: 'withheld so that a suppressed figure cannot be worked out from the others' },
  c: { status: 'withheld', meaning: 'confidential, withheld for disclosure control' },
  u: { status: 'withheld', meaning: 'unreliable: too few people for the figure to mean much' },
  'N/A': { status: 'not-applicable', meaning: 'not applicable, e.g. nobody in the group' },
}

/** A cell as a measured value; `scale` turns fractions (0.0614) into percentages (6.14). */
export function cellValue(raw: string, scale = 1): CellValue | { problem: string } {
  const t = raw.trim()
  if (t === '') return { value: null, status: 'not-reported', symbol: null }
  const symbol = WITHHELD_SYMBOLS[t]
  if (symbol) return { value: null, status: symbol.status, symbol: t }
  const n = Number(t)
  if (t.startsWith('0x') || !Number.isFinite(n))
    return { problem: `expected a number or one of the symbols ${Object.keys(WITHHELD_SYMBOLS).join(', ')}, got "${raw}"` }
  // Four decimal places of a percentage is finer than any published figure and drops float noise.
  return { value: Number((n * scale).toFixed(4)), status: 'reported', symbol: null }
}
