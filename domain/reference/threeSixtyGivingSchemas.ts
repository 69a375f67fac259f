import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../config'

/**
 * The official 360Giving schemas (Data Standard 1.4.3 and the DEI extension, CC
 * BY 4.0), read from THREESIXTYGIVING_DIR or shared/data/360giving, and compiled
 * once. The DEI extension is a JSON merge patch on the grant schema, applied here
 * as the standard describes. Its codelists are closed, which JSON Schema cannot
 * say, so they are returned for the importer to check.
 */
export const STANDARD_VERSION = '1.4'
export const DEI_EXTENSION_URL =
  'https://raw.githubusercontent.com/ThreeSixtyGiving/360-dei/main/schema/360-giving-dei-extension-schema.json'
/** The 1.4.3 package schema refers to the grant schema by its 1.4.2 address. */
const PACKAGE_GRANT_REF = 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json'

export interface ThreeSixtyGivingSchemas {
  grantSchema: Record<string, unknown>
  validateGrant: ValidateFunction
  validatePackage: ValidateFunction
  /** DEI codelists by name: askedStatus, replyStatus, availableOptions, taxonomyCodes → code → title. */
  codelists: Record<string, Map<string, string>>
}

export const schemasDir = () => config.threeSixtyGivingDir

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

/** RFC 7386: objects merge key by key; null removes; anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

function readCodelist(path: string): Map<string, string> {
  const rows = parse(readFileSync(path), {
    columns: true,
    bom: true,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as Array<Record<string, string>>
  return new Map(rows.filter((r) => r.Code).map((r) => [r.Code, r.Title ?? '']))
}

let cached: ThreeSixtyGivingSchemas | undefined

/** The compiled schemas; throws, naming the folder, when they are not on this machine. */
export function threeSixtyGivingSchemas(): ThreeSixtyGivingSchemas {
  if (cached) return cached
  const dir = schemasDir()
  const paths = {
    grant: resolve(dir, 'standard/schema/360-giving-schema.json'),
    package: resolve(dir, 'standard/schema/360-giving-package-schema.json'),
    dei: resolve(dir, 'dei-extension/schema/360-giving-dei-extension-schema.json'),
  }
  const missing = Object.values(paths).filter((p) => !existsSync(p))
  if (missing.length > 0)
    throw new Error(
      `The 360Giving schemas are not at ${dir} (missing ${missing.join(', ')}); set THREESIXTYGIVING_DIR to the folder holding standard/ and dei-extension/.`,
    )

  const extension = readJson(paths.dei)
  // The extension is written in draft-04; its patch adds plain keywords and a local $ref, which read the same in 2020-12.
  const { $schema: _draft, ...patch } = extension
  const grantSchema = mergePatch(readJson(paths.grant), patch) as Record<string, unknown>
  // Codelist hints ("codelist", "openCodelist", "rollUp") are not validation keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, verbose: true })
  addFormats(ajv)
  const validateGrant = ajv.compile(grantSchema)
  ajv.addSchema({ ...grantSchema, $id: PACKAGE_GRANT_REF })
  const validatePackage = ajv.compile(readJson(paths.package))
  const codelists = Object.fromEntries(
    ['askedStatus', 'replyStatus', 'availableOptions', 'taxonomyCodes'].map((name) => [
      name,
      readCodelist(resolve(dir, `dei-extension/codelists/${name}.csv`)),
    ]),
  )
  return (cached = { grantSchema, validateGrant, validatePackage, codelists })
}

const fieldOf = (instancePath: string) =>
  instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '')

/** One Ajv error as a field path and a rule: "amountAwarded", "must be number (rule: type)". */
export function describeSchemaError(error: ErrorObject): { field: string; message: string } {
  const path = fieldOf(error.instancePath)
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty
    return { field: path ? `${path}.${missing}` : missing, message: 'is required (rule: required)' }
  }
  const got = ['type', 'enum', 'pattern', 'format', 'minimum', 'maximum'].includes(error.keyword)
    ? `, got ${JSON.stringify(error.data)?.slice(0, 60)}`
    : ''
  const message =
    error.keyword === 'enum'
      ? `must be one of the ${(error.params as { allowedValues: unknown[] }).allowedValues.length} values the standard allows${got}`
      : `${error.message}${got}`
  return { field: path || '(the grant)', message: `${message} (rule: ${error.keyword})` }
}

/**
 * Ajv reports every branch of a oneOf that failed: a grant without an id hears
 * twice that id is required, and that it lacks recipientIndividual. Say what
 * every branch requires once, and what differs between them as alternatives.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): Array<{ field: string; message: string }> {
  const groups = new Map<string, ErrorObject[]>()
  const plain: ErrorObject[] = []
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath)
  for (const error of errors) {
    if (error.keyword === 'oneOf') continue
    const group = oneOfs.find((o) => error.schemaPath.startsWith(`${o}/`))
    if (group) groups.set(group, [...(groups.get(group) ?? []), error])
    else plain.push(error)
  }
  const described = plain.map(describeSchemaError)
  for (const [group, members] of groups) {
    const branchOf = (e: ErrorObject) => e.schemaPath.slice(group.length + 1).split('/')[0]
    const branches = new Map<string, Array<{ field: string; message: string }>>()
    for (const e of members) branches.set(branchOf(e), [...(branches.get(branchOf(e)) ?? []), describeSchemaError(e)])
    const all = [...branches.values()]
    const key = (d: { field: string; message: string }) => `${d.field}|${d.message}`
    const common = all[0].filter((d) => all.every((b) => b.some((x) => key(x) === key(d))))
    described.push(...common)
    const rest = all.map((b) => b.filter((d) => !common.some((c) => key(c) === key(d)))).filter((b) => b.length > 0)
    if (rest.length === all.length) {
      const field = fieldOf(members[0].instancePath) || '(the grant)'
      const alternatives = rest.map((b) =>
        b
          .map((d) =>
            d.field === field ? d.message.replace(/ \(rule: .*\)$/, '') : `${d.field} ${d.message.replace(/ \(rule: .*\)$/, '')}`,
          )
          .join(' and '),
      )
      described.push({ field, message: `must satisfy one of: ${alternatives.join('; or ')} (rule: oneOf)` })
    }
  }
  const seen = new Set<string>()
  return described.filter((d) => !seen.has(`${d.field}|${d.message}`) && seen.add(`${d.field}|${d.message}`))
}
