import type { Where } from 'payload'
import type { Organisation } from '../../payload-types'
import type { ImportOptions, ImportSummary } from '../importSummary'
import type { EmployerIdentity } from '../organisationMatcher'
import type { Problem } from '../problems'
import type { ImportedCollection } from '../recordStore'

/** Where a record is in its file: its (first) row, or for files without rows its name, e.g. grant 3. */
export type RecordPlace = Pick<Problem, 'row' | 'record'>

/** One record read from a file, not yet matched to organisations. */
export interface ReadRecord<Draft> {
  place: RecordPlace
  draft: Draft
}

/** What a reader is handed: the file's name and the summary, to which it adds rejected rows and notes. */
export interface ReadContext {
  file: string
  summary: ImportSummary
  options: ImportOptions
  /** Call for every row read (blank and rejected ones too): counts it and reports progress. */
  rowRead: (row: number) => void
}

/** An organisation a record names, to be matched (or created) before the record is written. */
export interface Party {
  identity: EmployerIdentity
  /** Said in a new organisation's description: "Added from <source>". */
  source: string
  /**
   * Whether a name is enough to match: true only where the portal itself wrote
   * the name (its own templates, the GLA's tables). Otherwise a match on a name
   * alone waits for a curator (cms/importers/matchReviews.ts).
   */
  trustName?: boolean
}

/**
 * What an importer declares; cms/importers/pipeline/runImporter.ts does the
 * rest for every importer alike (one transaction, organisation matching,
 * repeated rows, curators' corrections, flags, progress and the summary).
 */
export interface Importer<Draft, Data extends Record<string, unknown>> {
  /** As the CLI's usage and the admin's Imports list it. */
  label: string
  collection: ImportedCollection
  /** Reads and checks the file, streaming where the format allows; refuses a broken file with ImportFileError. */
  read: (path: string, context: ReadContext) => AsyncIterable<ReadRecord<Draft>>
  /**
   * The stored records this import may match (e.g. those from its source),
   * given the `sourceKey` of every record read when the importer declares one.
   */
  stored: (sourceKeys: string[]) => Where
  /** A record's identifier in its source, where `stored` needs them (360Giving's grant identifiers); kept while the file is read twice. */
  sourceKey?: (draft: Draft) => string
  /** The organisations a record names, in the order they are matched. */
  parties: (draft: Draft) => Party[]
  /** The record as stored, once its organisations are known (in the order `parties` gave them). */
  data: (draft: Draft, organisations: Organisation[]) => Data
  /** A record's identity in its collection: two rows with one key are one record. */
  keyOf: (record: Record<string, unknown>) => string
  /** What the key is made of, for the message about a repeated row: "organisation, year and grouping". */
  keyDescription: string
  /** The fields whose change means the record changed (bookkeeping such as the source row is left out). */
  meaningful: readonly string[]
  /** The record's title in the CMS, also used to name it in messages. */
  title: (data: Data, organisations: Organisation[]) => string
  /**
   * When a stored record with the record's key came from another source that
   * publishes the same thing: the record to write instead, and a note for the
   * summary (see payGapStore's mergeOnePublication).
   */
  merge?: (incoming: Data, stored: Record<string, unknown>) => { data: Data; note?: string }
  /** The data-quality flags a record carries, for collections whose records can carry them. */
  flags?: (data: Data) => readonly unknown[]
}
