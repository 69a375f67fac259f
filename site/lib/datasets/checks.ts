import type { DatasetSpec, FieldSpec, Row } from './types'

/**
 * Checks that JSON Schema cannot make: a Table Schema whose keys name missing
 * fields still passes the Frictionless profile, and rows are only as good as the
 * code that made them. All run on every build, so the site never publishes a
 * dataset that contradicts its own metadata: a value of the wrong type, a
 * primary key that is empty or repeated (Table Schema: key fields are required
 * and together unique), or a foreign key that does not resolve in the rows of
 * the dataset it names (which the dataset's package bundles).
 */
export function tableSchemaProblems(spec: DatasetSpec, knownResources: readonly string[]): string[] {
  const names = new Set(spec.fields.map((f) => f.name))
  const problems: string[] = []
  if (names.size !== spec.fields.length) problems.push(`${spec.slug}: two fields share a name`)
  for (const key of spec.primaryKey) if (!names.has(key)) problems.push(`${spec.slug}: primary key names "${key}", which is not a field`)
  for (const fk of spec.foreignKeys ?? []) {
    for (const field of fk.fields) if (!names.has(field)) problems.push(`${spec.slug}: foreign key names "${field}", which is not a field`)
    if (!knownResources.includes(fk.reference.resource))
      problems.push(`${spec.slug}: foreign key refers to unknown dataset "${fk.reference.resource}"`)
  }
  return problems
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const isEmpty = (value: Row[string]) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

function valueProblem(field: FieldSpec, value: Row[string]): string | undefined {
  if (isEmpty(value)) return field.required ? 'is required but empty' : undefined
  switch (field.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? undefined : `expected a whole number, got ${JSON.stringify(value)}`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `expected a number, got ${JSON.stringify(value)}`
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(value)}`
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? undefined : `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) ? undefined : `expected an ISO 8601 date-time, got ${JSON.stringify(value)}`
    default:
      if (field.enum && typeof value === 'string' && !field.enum.includes(value))
        return `expected one of ${field.enum.join(', ')}, got "${value}"`
      return undefined
  }
}

/** A key's cells as one comparable string: the CSV's text of each cell, so 2022 and "2022" are the same key, as they are in the file. */
const keyOf = (row: Row, fields: readonly string[]) =>
  JSON.stringify(fields.map((f) => (Array.isArray(row[f]) ? (row[f] as string[]).join('; ') : String(row[f] ?? ''))))

/** Every way the rows break their own schema, as "dataset, row N, column: problem". */
export function rowProblems(spec: DatasetSpec, rows: readonly Row[], limit = 20): string[] {
  const problems: string[] = []
  const add = (problem: string) => {
    if (problems.length < limit) problems.push(problem)
  }
  // A key naming a field that does not exist is reported by tableSchemaProblems, not once per row.
  const key = spec.primaryKey.filter((k) => spec.fields.some((f) => f.name === k))
  const seen = new Map<string, number>()
  rows.forEach((row, index) => {
    for (const field of spec.fields) {
      const problem = valueProblem(field, row[field.name])
      if (problem) add(`${spec.slug}, row ${index + 1}, column ${field.name}: ${problem}`)
    }
    if (key.length === 0) return
    const emptyKeys = key.filter((f) => isEmpty(row[f]))
    if (emptyKeys.length > 0) {
      for (const f of emptyKeys) add(`${spec.slug}, row ${index + 1}, column ${f}: is part of the primary key but empty`)
      return
    }
    const value = keyOf(row, key)
    const first = seen.get(value)
    if (first !== undefined)
      add(`${spec.slug}, row ${index + 1}: repeats the primary key (${key.join(', ')}) of row ${first + 1}: ${value}`)
    else seen.set(value, index)
  })
  return problems
}

/**
 * Foreign keys that do not resolve: each row's key must be a key of the
 * referenced dataset's rows. A row whose key cells are all empty refers to
 * nothing and is allowed, as Table Schema allows.
 */
export function foreignKeyProblems(
  spec: DatasetSpec,
  rows: readonly Row[],
  referencedRows: (dataset: string) => readonly Row[],
  limit = 20,
): string[] {
  const problems: string[] = []
  for (const fk of spec.foreignKeys ?? []) {
    const targets = new Set(referencedRows(fk.reference.resource).map((r) => keyOf(r, fk.reference.fields)))
    rows.forEach((row, index) => {
      if (fk.fields.every((f) => isEmpty(row[f]))) return
      const key = keyOf(row, fk.fields)
      if (!targets.has(key) && problems.length < limit)
        problems.push(
          `${spec.slug}, row ${index + 1}: ${fk.fields.join(', ')} ${key} is not a ${fk.reference.fields.join(', ')} of ${fk.reference.resource}`,
        )
    })
  }
  return problems
}
