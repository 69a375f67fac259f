import type { DatasetSpec, FieldSpec, Row } from './types'

/**
 * Checks that JSON Schema cannot make: a Table Schema whose keys name missing
 * fields still passes the Frictionless profile, and rows are only as good as the
 * code that made them. Both run on every build, so the site never publishes a
 * dataset that contradicts its own metadata.
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

function valueProblem(field: FieldSpec, value: Row[string]): string | undefined {
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  if (empty) return field.required ? 'is required but empty' : undefined
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

/** Every way the rows break their own schema, as "dataset, row N, column: problem". */
export function rowProblems(spec: DatasetSpec, rows: readonly Row[], limit = 20): string[] {
  const problems: string[] = []
  rows.forEach((row, index) => {
    for (const field of spec.fields) {
      const problem = valueProblem(field, row[field.name])
      if (problem && problems.length < limit) problems.push(`${spec.slug}, row ${index + 1}, column ${field.name}: ${problem}`)
    }
  })
  return problems
}
