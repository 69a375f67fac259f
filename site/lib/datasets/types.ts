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

/** EU data themes (publications.europa.eu/resource/authority/data-theme) the portal's datasets fall under. */
export type DataTheme = 'SOCI' | 'GOVE' | 'ECON'

/**
 * How often a dataset changes, in the EU frequency vocabulary's terms
 * (CONT: as records are published; ANNUAL; IRREG: when its publishers publish).
 */
export interface UpdateSchedule {
  frequency: 'CONT' | 'ANNUAL' | 'IRREG'
  /** In words, for the dataset's page. */
  description: string
  /** When the next update is due, if the source has a timetable (an ISO date). */
  nextDue?: (now: Date) => string | undefined
}

/** Where a dataset's rows come from and what the portal did to them, for its page, the About page and DCAT's provenance. */
export interface Provenance {
  sources: string[]
  processing: string[]
}

export interface DatasetSpec {
  /** Stable; part of every URL of the dataset. */
  slug: string
  title: string
  description: string
  keywords: string[]
  themes: DataTheme[]
  updates: UpdateSchedule
  provenance: Provenance
  fields: FieldSpec[]
  primaryKey: string[]
  /** Keys into other datasets; the dataset's data package bundles them, so they resolve inside it. */
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>
  rows: (content: PortalContent) => Row[]
  /** The CMS records the rows come from, so a release note lists the corrections made to them. */
  records?: (content: PortalContent) => { collection: string; ids: readonly string[] }
  /** The period the rows describe, as ISO 8601 dates or years, when they describe one. */
  temporal?: (rows: readonly Row[]) => { start: string; end: string } | undefined
  /**
   * For data republished from other publishers (360Giving grants): their
   * licences, attribution and sources, read from the rows. Otherwise the
   * portal's own licence applies.
   */
  rights?: (rows: readonly Row[]) => Rights
  /** Why the dataset has no Excel workbook, and which dataset's workbook holds the same figures, said on its page; every other dataset has one. */
  noWorkbook?: { why: string; sameFiguresIn: string }
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
  /** A statement about reuse beyond the licences, e.g. that some grants were published without one. */
  statement?: string
}

/** A numbered release of a dataset: made when its content changed, its CSV kept at a stable address. */
export interface DatasetRelease {
  dataset: string
  number: number
  releasedAt: string
  note: string
  rowsAdded: number
  rowsChanged: number
  rowsRemoved: number
  rowCount: number
}
