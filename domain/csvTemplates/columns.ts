import { parseDateTime, parseNumber } from '../cells'
import { cellValue, WITHHELD_SYMBOLS, type MeasuredValue } from '../measured'

/**
 * The portal's own CSV templates, described once: the importer reads cells by
 * these columns, and the site publishes the same description as a Frictionless
 * Table Schema, a blank CSV and a page of documentation. Changing a column here
 * changes all three.
 */
export interface TemplateColumn {
  name: string
  title: string
  description: string
  type: 'string' | 'integer' | 'number' | 'date' | 'year'
  required?: boolean
  /** Allowed values (matched ignoring case; stored as written here). */
  enum?: readonly string[]
  /** A figure that may be withheld: a number, one of the withheld symbols, or blank for not reported. */
  measured?: boolean
  /** A web address (http or https). */
  uri?: boolean
  minimum?: number
  maximum?: number
  /** A regular expression the whole value must match (Table Schema's pattern constraint), and what it means. */
  pattern?: { regex: string; meaning: string }
  example: string
}

export interface Template {
  slug: string
  title: string
  description: string
  columns: readonly TemplateColumn[]
  /** Columns that together identify a row: two rows with the same values are refused. */
  primaryKey: readonly string[]
}

export type CellReading = { ok: true; value: string | number | MeasuredValue | null } | { ok: false; expected: string }

/** Reads one cell by its column's rules: the value, or what was expected instead. */
export function readCell(column: TemplateColumn, raw: string | undefined): CellReading {
  const text = (raw ?? '').trim()
  if (text === '') return column.required ? { ok: false, expected: `a value (the column is required)` } : { ok: true, value: null }
  if (column.measured) {
    const v = cellValue(text)
    if ('problem' in v) return { ok: false, expected: v.problem.replace(/^expected /, '') }
    if (column.type === 'integer' && v.value !== null && !Number.isInteger(v.value))
      return { ok: false, expected: `a whole number or a withheld symbol, got "${raw}"` }
    return inRange(column, v.value, v)
  }
  switch (column.type) {
    case 'integer':
    case 'number': {
      const n = parseNumber(text)
      if (!n.ok || n.value === null) return { ok: false, expected: n.ok ? 'a number' : n.expected }
      if (column.type === 'integer' && !Number.isInteger(n.value)) return { ok: false, expected: `a whole number, got "${raw}"` }
      return inRange(column, n.value, n.value)
    }
    case 'year':
      return /^\d{4}$/.test(text)
        ? inRange(column, Number(text), Number(text))
        : { ok: false, expected: `a year such as 2024, got "${raw}"` }
    case 'date': {
      const d = parseDateTime(text)
      return d.ok ? { ok: true, value: d.value } : { ok: false, expected: `a date such as 2024-03-31 or 31/03/2024, got "${raw}"` }
    }
    case 'string': {
      if (column.enum) {
        const allowed = column.enum.find((e) => e.toLowerCase() === text.toLowerCase())
        return allowed ? { ok: true, value: allowed } : { ok: false, expected: `one of ${column.enum.join(', ')}, got "${raw}"` }
      }
      if (column.pattern && !new RegExp(`^(?:${column.pattern.regex})$`).test(text))
        return { ok: false, expected: `${column.pattern.meaning}, got "${raw}"` }
      if (column.uri && !isWebAddress(text)) return { ok: false, expected: `a web address starting https:// or http://, got "${raw}"` }
      return { ok: true, value: text }
    }
  }
}

function inRange(column: TemplateColumn, n: number | null, value: number | MeasuredValue): CellReading {
  if (n !== null && column.minimum !== undefined && n < column.minimum)
    return { ok: false, expected: `a number of at least ${column.minimum}, got ${n}` }
  if (n !== null && column.maximum !== undefined && n > column.maximum)
    return { ok: false, expected: `a number of at most ${column.maximum}, got ${n}` }
  return { ok: true, value }
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** The template as a Frictionless Table Schema (v2), with the withheld symbols as labelled missing values. */
export function tableSchema(template: Template) {
  const symbols = Object.entries(WITHHELD_SYMBOLS).map(([value, { meaning }]) => ({ value, label: meaning }))
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: template.columns.map((c) => ({
      name: c.name,
      title: c.title,
      description: c.description,
      type: c.type,
      ...(c.uri ? { format: 'uri' } : {}),
      example: c.example,
      ...(c.measured ? { missingValues: [{ value: '', label: 'not reported' }, ...symbols] } : {}),
      constraints: {
        required: Boolean(c.required),
        ...(c.enum ? { enum: [...c.enum] } : {}),
        ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
        ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
        ...(c.pattern ? { pattern: c.pattern.regex } : {}),
      },
    })),
    missingValues: [''],
    primaryKey: [...template.primaryKey],
  }
}

/** A blank template: the header row only, CRLF as RFC 4180 asks. */
export function blankTemplate(template: Template): string {
  return `${template.columns.map((c) => c.name).join(',')}\r\n`
}

/** The template's columns a header lacks, and the header's columns the template does not have. */
export function compareHeader(template: Template, names: string[]): { missing: string[]; unknown: string[] } {
  const known = new Set(template.columns.map((c) => c.name))
  return {
    missing: template.columns.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name),
    unknown: names.filter((n) => n && !known.has(n)),
  }
}
