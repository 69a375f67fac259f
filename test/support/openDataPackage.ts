import { parse } from 'csv-parse/sync'

/**
 * Opens a Frictionless data package the way frictionless-py's `validate` does,
 * and lists what it would report: written independently of the site's own
 * checks (site/lib/datasets/checks.ts), so the two can disagree.
 *
 * - every resource path is read (through `read`, a URL or file resolver);
 * - the header is the schema's field names, in order;
 * - every cell casts to its field's type, after missing values, and meets its
 *   constraints (required, enum);
 * - primary keys: every key cell present, the key unique;
 * - foreign keys: the referenced resource is in the package (frictionless-py
 *   raises a resource error otherwise, before checking a row), its fields are in
 *   that resource's schema, and every key value is among its rows.
 */
interface Field {
  name: string
  type: string
  constraints?: { required?: boolean; enum?: string[] }
}
interface ForeignKey {
  fields: string[] | string
  reference: { resource: string; fields: string[] | string }
}
interface Resource {
  name: string
  path: string
  dialect?: { delimiter?: string; quoteChar?: string; doubleQuote?: boolean; header?: boolean }
  schema: { fields: Field[]; primaryKey?: string[] | string; foreignKeys?: ForeignKey[]; missingValues?: string[] }
}
export interface DataPackage {
  name: string
  resources: Resource[]
}

const list = (v: string[] | string | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/

function validDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Whether a cell's text casts to a Table Schema type with the default format, as frictionless-py casts it. */
export function castsTo(type: string, text: string): boolean {
  switch (type) {
    case 'integer':
      return /^[+-]?\d+$/.test(text)
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) || ['NaN', 'INF', '-INF'].includes(text)
    case 'boolean':
      return ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(text)
    case 'date':
      return ISO_DATE.test(text) && validDate(text)
    case 'datetime':
      return ISO_DATETIME.test(text) && validDate(text)
    case 'year':
      return /^\d{4}$/.test(text)
    default:
      return true
  }
}

export type ReadResource = (path: string) => Promise<string>

export interface OpenedPackage {
  problems: string[]
  rowCounts: Record<string, number>
}

export async function openDataPackage(pkg: DataPackage, read: ReadResource, limit = 50): Promise<OpenedPackage> {
  const problems: string[] = []
  const add = (p: string) => {
    if (problems.length < limit) problems.push(`${pkg.name}: ${p}`)
  }
  const tables = new Map<string, Array<Record<string, string>>>()
  for (const resource of pkg.resources) {
    let text: string
    try {
      text = await read(resource.path)
    } catch (error) {
      add(`resource ${resource.name}: cannot read ${resource.path}: ${(error as Error).message}`)
      continue
    }
    if (text.charCodeAt(0) === 0xfeff)
      add(`resource ${resource.name}: starts with a byte-order mark, which becomes part of the first header`)
    const records = parse(text, {
      delimiter: resource.dialect?.delimiter ?? ',',
      quote: resource.dialect?.quoteChar ?? '"',
      relax_column_count: true,
    }) as string[][]
    const [header = [], ...body] = records
    const names = resource.schema.fields.map((f) => f.name)
    if (JSON.stringify(header) !== JSON.stringify(names))
      add(`resource ${resource.name}: header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`)
    const missing = new Set(resource.schema.missingValues ?? [''])
    const rows = body.map((cells, index) => {
      if (cells.length !== names.length) add(`resource ${resource.name}, row ${index + 2}: ${cells.length} cells, expected ${names.length}`)
      return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']))
    })
    rows.forEach((row, index) => {
      for (const field of resource.schema.fields) {
        const cell = row[field.name]
        if (missing.has(cell)) {
          if (field.constraints?.required) add(`resource ${resource.name}, row ${index + 2}, field ${field.name}: required but missing`)
          continue
        }
        if (!castsTo(field.type, cell))
          add(`resource ${resource.name}, row ${index + 2}, field ${field.name}: "${cell}" is not a ${field.type}`)
        if (field.constraints?.enum && !field.constraints.enum.includes(cell))
          add(`resource ${resource.name}, row ${index + 2}, field ${field.name}: "${cell}" is not one of the enum`)
      }
    })
    const primaryKey = list(resource.schema.primaryKey)
    if (primaryKey.length > 0) {
      const seen = new Set<string>()
      rows.forEach((row, index) => {
        const empty = primaryKey.filter((f) => missing.has(row[f] ?? ''))
        if (empty.length > 0) return add(`resource ${resource.name}, row ${index + 2}: primary key field ${empty.join(', ')} is null`)
        const key = JSON.stringify(primaryKey.map((f) => row[f]))
        if (seen.has(key)) add(`resource ${resource.name}, row ${index + 2}: primary key ${key} is not unique`)
        seen.add(key)
      })
    }
    tables.set(resource.name, rows)
  }
  for (const resource of pkg.resources) {
    const rows = tables.get(resource.name)
    if (!rows) continue
    for (const fk of resource.schema.foreignKeys ?? []) {
      const targetName = fk.reference.resource === '' ? resource.name : fk.reference.resource
      const target = pkg.resources.find((r) => r.name === targetName)
      if (!target) {
        add(`resource ${resource.name}: foreign key reference resource "${targetName}" is not in the package`)
        continue
      }
      const targetFields = list(fk.reference.fields)
      const absent = targetFields.filter((f) => !target.schema.fields.some((field) => field.name === f))
      if (absent.length > 0) {
        add(`resource ${resource.name}: foreign key names ${absent.join(', ')}, not fields of ${targetName}`)
        continue
      }
      const targetKeys = new Set((tables.get(targetName) ?? []).map((r) => JSON.stringify(targetFields.map((f) => r[f]))))
      const fields = list(fk.fields)
      const missing = new Set(resource.schema.missingValues ?? [''])
      rows.forEach((row, index) => {
        if (fields.every((f) => missing.has(row[f]))) return
        const key = JSON.stringify(fields.map((f) => row[f]))
        if (!targetKeys.has(key)) add(`resource ${resource.name}, row ${index + 2}: foreign key ${key} is not in ${targetName}`)
      })
    }
  }
  return { problems, rowCounts: Object.fromEntries([...tables].map(([n, r]) => [n, r.length])) }
}
