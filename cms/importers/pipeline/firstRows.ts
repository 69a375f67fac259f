import type { Problem } from '../problems'
import type { RecordPlace } from './importer'

const placeName = (p: RecordPlace) => (p.row !== undefined ? `row ${p.row}` : (p.record ?? 'an earlier record'))

/**
 * Two rows of one file must never overwrite each other: the first with a key
 * stands, and a later one is rejected naming the first. Used by the pipeline
 * for whole records, and by readers whose records are built from several rows
 * (a GLA table's cells, the workforce template's categories) for those parts.
 */
export class FirstRows {
  private readonly first = new Map<string, RecordPlace>()

  /** Undefined for a key not seen before (now remembered); otherwise the problem to report for the repeat. */
  repeat(key: string, place: RecordPlace, what: string, file: string, column?: string): Problem | undefined {
    const earlier = this.first.get(key)
    if (earlier === undefined) {
      this.first.set(key, place)
      return undefined
    }
    return {
      file,
      ...place,
      ...(column ? { column } : {}),
      message: `repeats ${placeName(earlier)} (${what}); the earlier ${earlier.row !== undefined ? 'row' : 'record'} was kept.`,
    }
  }
}
