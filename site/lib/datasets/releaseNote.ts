import { parse } from 'csv-parse/sync'
import type { Correction } from '../content'
import type { DatasetSpec } from './types'

/**
 * What changed between two releases of a dataset, row by row: rows are matched
 * on the primary key, and a row whose cells differ is changed. Both sides are
 * CSV text, so what is compared is exactly what people download.
 */
export interface RowChanges {
  added: number
  changed: number
  removed: number
  rowCount: number
}

function rowsByKey(spec: DatasetSpec, csv: string): Map<string, string> {
  const records = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>
  return new Map(records.map((r) => [JSON.stringify(spec.primaryKey.map((k) => r[k] ?? '')), JSON.stringify(r)]))
}

export function compareReleases(spec: DatasetSpec, previousCsv: string | undefined, currentCsv: string): RowChanges {
  const current = rowsByKey(spec, currentCsv)
  if (previousCsv === undefined) return { added: current.size, changed: 0, removed: 0, rowCount: current.size }
  const previous = rowsByKey(spec, previousCsv)
  let added = 0
  let changed = 0
  for (const [key, row] of current) {
    const before = previous.get(key)
    if (before === undefined) added++
    else if (before !== row) changed++
  }
  const removed = [...previous.keys()].filter((key) => !current.has(key)).length
  return { added, changed, removed, rowCount: current.size }
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`

/** The release note: counts first, then the corrections made since the last release (the first ten, then how many more). */
export function releaseNote(number: number, changes: RowChanges, corrections: readonly Correction[]): string {
  const counts =
    number === 1
      ? `First release: ${plural(changes.rowCount, 'row')}.`
      : `${plural(changes.added, 'row')} added, ${plural(changes.changed, 'row')} changed, ${plural(changes.removed, 'row')} removed (${plural(changes.rowCount, 'row')} in all).`
  if (corrections.length === 0) return counts
  const listed = corrections
    .slice(0, 10)
    .map((c) => `${c.recordTitle}: ${c.fieldLabel} ${c.oldValue || '(empty)'} → ${c.newValue || '(removed)'} (${c.reason})`)
  const more = corrections.length > 10 ? ` And ${corrections.length - 10} more: see the corrections log.` : ''
  return `${counts} Corrections: ${listed.join('; ')}.${more}`
}
