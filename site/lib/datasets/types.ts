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
}
