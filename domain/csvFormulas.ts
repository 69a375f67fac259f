/**
 * Spreadsheet programs run a cell that starts with = + - @, a tab or a carriage
 * return as a formula (OWASP "CSV injection"). Numbers are data, negative ones
 * included. The portal's own downloads neutralise such cells (site/lib/csv.ts);
 * contributed CSV files are refused instead, naming the cell (cms/lib/uploadChecks.ts).
 */
export const FORMULA_START = /^[=+\-@\t\r]/

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
/** A lone dash or plus, as published tables print for "none": text to a spreadsheet, not a formula. */
const PLACEHOLDER = /^[+-]$/

/** Whether a spreadsheet would run this cell's text as a formula. */
export function runsAsFormula(cell: string): boolean {
  const trimmed = cell.trim()
  return FORMULA_START.test(cell) && !NUMBER.test(trimmed) && !PLACEHOLDER.test(trimmed)
}
