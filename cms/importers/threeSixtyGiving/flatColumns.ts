/**
 * The 360Giving standard's flat CSV layout: one row per grant, columns named by
 * the schema's titles joined with colons ("Recipient Org:Identifier",
 * "Beneficiary Location:1:Name", "DEI Details:Leadership:Asked Status"), as
 * flatten-tool writes them; field paths ("recipientOrganization/0/id") work too.
 * Columns are resolved against the schema itself, so a new field in the standard
 * needs no code here.
 */
type Schema = Record<string, unknown>

export interface FlatColumn {
  header: string
  /** Where the cell goes in the grant: property names and array indexes. */
  path: Array<string | number>
  kind: 'string' | 'number' | 'string-list'
}

function resolveRef(root: Schema, schema: Schema): Schema {
  let current = schema
  for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
    const pointer = (current.$ref as string).replace(/^#\//, '').split('/')
    let target: unknown = root
    for (const part of pointer) target = (target as Schema | undefined)?.[part]
    if (!target) return {}
    // Keywords beside a $ref (a title, a description) add to what it points at.
    const { $ref: _ref, ...beside } = current
    current = { ...(target as Schema), ...beside }
  }
  return current
}

const typesOf = (schema: Schema): string[] => (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(Boolean) as string[]
const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

function propertyNamed(root: Schema, schema: Schema, segment: string): [string, Schema] | undefined {
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const wanted = loose(segment)
  for (const [name, raw] of Object.entries(properties)) {
    const property = resolveRef(root, raw)
    if (loose(name) === wanted || (typeof property.title === 'string' && loose(property.title) === wanted)) return [name, property]
  }
  return undefined
}

/** Where a column's cells go, or undefined when the standard has no such field. */
export function resolveColumn(root: Schema, header: string): FlatColumn | undefined {
  const segments = header.split(/[:/]/).map((s) => s.trim())
  const path: Array<string | number> = []
  let schema = root
  for (let i = 0; i < segments.length; i++) {
    const found = propertyNamed(root, schema, segments[i])
    if (!found) return undefined
    const [name, property] = found
    path.push(name)
    if (typesOf(property).includes('array')) {
      const items = resolveRef(root, (property.items ?? {}) as Schema)
      if (!typesOf(items).includes('object') && !items.properties) {
        return i === segments.length - 1 ? { header, path, kind: 'string-list' } : undefined
      }
      const index = /^\d+$/.test(segments[i + 1] ?? '') ? Number(segments[++i]) : 0
      path.push(index)
      schema = items
    } else schema = property
    if (i === segments.length - 1) {
      if (schema.properties) return undefined
      const types = typesOf(schema)
      return { header, path, kind: types.includes('number') || types.includes('integer') ? 'number' : 'string' }
    }
  }
  return undefined
}

/** Writes one cell into the grant being built. Numbers that do not read as numbers stay text, for the schema to refuse. */
export function setCell(grant: Record<string, unknown>, column: FlatColumn, raw: string): void {
  const text = raw.trim()
  if (text === '') return
  const value =
    column.kind === 'number' && /^-?\d+(\.\d+)?$/.test(text.replace(/,/g, ''))
      ? Number(text.replace(/,/g, ''))
      : column.kind === 'string-list'
        ? text
            .split(/[;,]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : text
  let target: Record<string | number, unknown> = grant
  column.path.forEach((key, i) => {
    if (i === column.path.length - 1) {
      target[key] = value
      return
    }
    const next = column.path[i + 1]
    target[key] ??= typeof next === 'number' ? [] : {}
    target = target[key] as Record<string | number, unknown>
  })
}
