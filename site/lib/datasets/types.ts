import type { CsvValue } from '../csv'
import type { PortalContent } from '../content'

/** A column of a published dataset, described as Frictionless Table Schema describes fields. */
export interface FieldSpec {
  name: string
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime'
  title: string
  description: string
  required?: boolean
  enum?: readonly string[]
}

export type Row = Record<string, CsvValue>

export interface DatasetSpec {
  /** Stable; part of every URL of the dataset. */
  slug: string
  title: string
  description: string
  keywords: string[]
  fields: FieldSpec[]
  primaryKey: string[]
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>
  rows: (content: PortalContent) => Row[]
  /**
   * For data republished from other publishers (360Giving grants): their
   * licences, attribution and sources, read from the rows. Otherwise the
   * portal's own licence applies.
   */
  rights?: (rows: readonly Row[]) => Rights
}

export interface Licence {
  name?: string
  title: string
  path: string
}

export interface Rights {
  licences: Licence[]
  attribution: string
  sources: Array<{ title: string; path?: string }>
}
