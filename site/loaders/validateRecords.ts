import type { z } from 'astro/zod'
import type { CollectionSlug } from 'payload'

/**
 * Checks each record the build read against its schema, so that one record the
 * site cannot show is left out, and said so, instead of stopping every build
 * (a grant saved without a year once did that until it was deleted).
 */

/** One problem with a record: the field, as a dotted path, and what the schema expected there. */
export interface RecordProblem {
  field: string
  problem: string
}

/** A published record the site left out, with everything a curator needs to find and fix it. */
export interface SkippedRecord {
  /** The Payload collection it is in. */
  collection: CollectionSlug
  /** The site's name for that content (loaders/contentCollections.ts). */
  content: string
  /** Its Payload ID, or its position for records derived from versions. */
  id: string
  problems: RecordProblem[]
}

export interface ValidatedRecords {
  entries: Array<{ id: string; data: Record<string, unknown> }>
  skipped: SkippedRecord[]
}

const problemsOf = (error: z.ZodError): RecordProblem[] =>
  error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(the record)', problem: issue.message }))

/**
 * Documents are identified by their Payload ID; records derived from versions by
 * their position. A document without an ID cannot be stored, so it is skipped too.
 */
function idOf(record: unknown, index: number, ids: 'document' | 'position'): string | undefined {
  if (ids === 'position') return String(index)
  if (typeof record !== 'object' || record === null || !('id' in record)) return undefined
  const { id } = record
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

export function validateRecords(
  source: { collection: CollectionSlug; content: string; ids: 'document' | 'position'; schema: z.ZodType<Record<string, unknown>> },
  records: unknown[],
): ValidatedRecords {
  const result: ValidatedRecords = { entries: [], skipped: [] }
  records.forEach((record, index) => {
    const id = idOf(record, index, source.ids)
    const skip = (problems: RecordProblem[]) =>
      result.skipped.push({ collection: source.collection, content: source.content, id: id ?? `#${index + 1}`, problems })
    if (id === undefined || id === '') return skip([{ field: 'id', problem: 'Expected a Payload ID (a string or a number)' }])
    const parsed = source.schema.safeParse(record)
    if (parsed.success) result.entries.push({ id, data: parsed.data })
    else skip(problemsOf(parsed.error))
  })
  return result
}

/** One line per record, for build logs: "grants 42: year: Invalid input: expected number, received undefined". */
export function describeSkipped(record: SkippedRecord): string {
  return `${record.collection} ${record.id}: ${record.problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`
}
