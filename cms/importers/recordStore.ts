import type { Payload, PayloadRequest, Where } from 'payload'
import { createImportedRecord } from './createNewRecord'
import { findInPages } from './findInPages'
import type { NewRecords } from './importSummary'

/**
 * Writes imported records so that importing the same data twice changes nothing:
 * each record has a key in its collection and source, and is only written when
 * its meaningful fields differ from what is stored. A record a person corrected
 * by hand (`manuallyCorrected`) is never overwritten; the caller reports it.
 */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept-manual'

type StoredRecord = { id: number | string; manuallyCorrected?: boolean | null } & Record<string, unknown>
export type ImportedCollection =
  'pay-gap-reports' | 'workforce-profiles' | 'grants' | 'funding-applications' | 'funding-targets' | 'city-indicators' | 'survey-results'

/** A stable form for comparison: no ids, no nulls versus undefineds, keys sorted. */
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, canonical(v)] as const)
        .filter(([, v]) => v !== null)
        .sort(([a], [b]) => a.localeCompare(b)),
    )
  }
  return value
}

export function sameRecord(stored: Record<string, unknown>, incoming: Record<string, unknown>, meaningful: readonly string[]): boolean {
  return meaningful.every((key) => JSON.stringify(canonical(stored[key])) === JSON.stringify(canonical(incoming[key])))
}

/** The ID of a relationship, populated or not. */
export function relationId(value: unknown): unknown {
  return typeof value === 'object' && value ? (value as { id: unknown }).id : value
}

export class RecordStore<Data extends Record<string, unknown>> {
  private constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly collection: ImportedCollection,
    private readonly keyOf: (record: Record<string, unknown>) => string,
    private readonly meaningful: readonly string[],
    private readonly existing: Map<string, StoredRecord>,
    private readonly newRecords: NewRecords | undefined,
  ) {}

  static async load<Data extends Record<string, unknown>>(
    payload: Payload,
    req: PayloadRequest,
    options: {
      collection: ImportedCollection
      /** The stored records this import may match: e.g. those from its source. */
      where: Where
      keyOf: (record: Record<string, unknown>) => string
      meaningful: readonly string[]
      newRecords?: NewRecords
    },
  ): Promise<RecordStore<Data>> {
    const existing = new Map<string, StoredRecord>()
    for await (const doc of findInPages(payload, req, options.collection, options.where))
      existing.set(options.keyOf(doc), doc as StoredRecord)
    return new RecordStore<Data>(payload, req, options.collection, options.keyOf, options.meaningful, existing, options.newRecords)
  }

  /** The stored record with this key, if any. */
  stored(key: string): Record<string, unknown> | undefined {
    return this.existing.get(key)
  }

  async write(data: Data, title: string): Promise<WriteOutcome> {
    const key = this.keyOf(data)
    const stored = this.existing.get(key)
    if (stored && sameRecord(stored, data, this.meaningful)) return 'unchanged'
    if (stored?.manuallyCorrected) return 'kept-manual'
    const options = {
      collection: this.collection,
      // Imported data is already public: publish it where the collection has drafts.
      data: (this.payload.collections[this.collection].config.versions?.drafts
        ? { ...data, title, _status: 'published' }
        : { ...data, title }) as never,
      req: this.req,
      overrideAccess: true,
      // As loaded (depth 0): populating the organisation for every row cost time, and the request's loader kept each one.
      depth: 0,
      context: { ...this.req.context, importing: true },
    }
    if (stored) {
      this.existing.set(key, (await this.payload.update({ ...options, id: stored.id })) as unknown as StoredRecord)
      return 'updated'
    }
    await createImportedRecord(this.payload, this.req, this.collection, options.data, { newRecords: this.newRecords })
    // A later row with this key is rejected as a repeat before it gets here, so the new record need not be kept.
    return 'created'
  }
}
