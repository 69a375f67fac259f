import { readFile, stat } from 'node:fs/promises'
import { threeSixtyGivingSchemas } from '../../../domain/reference/threeSixtyGivingSchemas'
import type { ReadContext } from '../pipeline/importer'
import { ImportFileError } from '../problems'
import { fileKind, type FileKind } from '../fileKind'
import { readCsvRecords } from '../readCsvRecords'
import { readXlsxRecords } from '../readXlsxRecords'
import { resolveColumn, setCell, type FlatColumn } from './flatColumns'

export type Grant = Record<string, unknown> & { id?: unknown }

export interface GrantsFile {
  grants: Array<{ grant: Grant; row?: number; line?: number }>
  /** Package metadata, when the file is a 360Giving JSON package. */
  licence?: string
  publisher?: string
}

/** JSON packages are read whole: JSON.parse needs the text; this keeps one in memory at a time. */
const MAX_JSON_BYTES = 200 * 1024 * 1024

/** Where in the text a JSON syntax error is, from V8's message ("… at position 1234 (line 5 column 7)"). */
function syntaxErrorLine(text: string, error: SyntaxError): number | undefined {
  const line = /line (\d+)/.exec(error.message)
  if (line) return Number(line[1])
  const position = /position (\d+)/.exec(error.message)
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined
}

/** Arrays built cell by cell may have holes ("Beneficiary Location:1:Name" without a 0): close them up. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]))
  return value
}

async function readJsonPackage(path: string, file: string): Promise<GrantsFile> {
  if ((await stat(path)).size > MAX_JSON_BYTES)
    throw new ImportFileError({
      file,
      message: `is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB; split the package, or publish it as CSV.`,
    })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path))
  } catch {
    throw new ImportFileError({ file, message: 'is not UTF-8 text, as JSON must be.' })
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const line = syntaxErrorLine(text, error as SyntaxError)
    throw new ImportFileError({ file, line, message: `is not valid JSON: ${(error as Error).message}.` })
  }
  const { validatePackage } = threeSixtyGivingSchemas()
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { grants?: unknown }).grants))
    throw new ImportFileError({ file, message: 'is not a 360Giving package: expected an object with a "grants" array.' })
  const pkg = data as { grants: Grant[]; license?: unknown; publisher?: { name?: unknown } }
  // The package's own fields are checked against the package schema; its grants one by one, for precise messages.
  if (!validatePackage({ ...pkg, grants: [{}] })) {
    const problem = (validatePackage.errors ?? []).find((e) => !e.instancePath.startsWith('/grants'))
    if (problem)
      throw new ImportFileError({
        file,
        column: problem.instancePath.slice(1) || undefined,
        message: `${problem.message} (rule: ${problem.keyword}).`,
      })
  }
  if (pkg.grants.length === 0) throw new ImportFileError({ file, message: 'has no grants.' })
  return {
    grants: pkg.grants.map((grant) => ({ grant })),
    licence: typeof pkg.license === 'string' ? pkg.license : undefined,
    publisher: typeof pkg.publisher?.name === 'string' ? pkg.publisher.name : undefined,
  }
}

/**
 * The standard's flat layout, one grant per row: columns named by the
 * schema's titles, resolved against the schema. Shared by CSV and XLSX, so a
 * spreadsheet goes through the same validation as the CSV export of it.
 */
class FlatLayout {
  private columns: FlatColumn[] = []
  readonly grants: GrantsFile['grants'] = []

  constructor(private readonly context: ReadContext) {}

  header(names: string[]): void {
    const { file, summary } = this.context
    const { grantSchema } = threeSixtyGivingSchemas()
    const resolved = names.map((name) => ({ name, column: resolveColumn(grantSchema, name) }))
    this.columns = resolved.flatMap((r) => (r.column ? [r.column] : []))
    if (!this.columns.some((c) => c.path[0] === 'id'))
      throw new ImportFileError({
        file,
        row: 0,
        column: 'Identifier',
        message: 'the header has no Identifier column: this is not a 360Giving flat file.',
      })
    const unknown = resolved.filter((r) => !r.column && r.name).map((r) => r.name)
    if (unknown.length > 0) summary.notes.push(`columns not in the 360Giving standard, not imported: ${unknown.join(', ')}.`)
  }

  row(row: number, line: number | undefined, values: Record<string, string>): void {
    this.context.rowRead(row)
    if (Object.values(values).every((v) => v.trim() === '')) return
    const grant: Grant = {}
    for (const column of this.columns) setCell(grant, column, values[column.header] ?? '')
    this.grants.push({ grant: compact(grant) as Grant, row, line })
  }

  done(): GrantsFile {
    if (this.grants.length === 0) throw new ImportFileError({ file: this.context.file, message: 'has a header but no grants.' })
    return { grants: this.grants }
  }
}

async function readFlatCsv(path: string, context: ReadContext): Promise<GrantsFile> {
  const layout = new FlatLayout(context)
  for await (const { row, line, values } of readCsvRecords(path, { onHeader: (names) => layout.header(names) }))
    layout.row(row, line, values)
  return layout.done()
}

/** The standard's spreadsheet form: the sheet named "grants" (360Giving's own template), or else the first sheet. */
async function readFlatXlsx(path: string, context: ReadContext): Promise<GrantsFile> {
  const layout = new FlatLayout(context)
  const { records } = await readXlsxRecords(path, { sheetName: 'grants', onHeader: (names) => layout.header(names) })
  for (const { row, values } of records) layout.row(row, undefined, values)
  return layout.done()
}

const NOT_READ: Partial<Record<FileKind, string>> = {
  ods: 'is an OpenDocument spreadsheet (ODS), which the portal cannot read yet; save it from the spreadsheet as XLSX or CSV.',
  xls: 'is an Excel 97-2003 workbook (XLS), which the portal cannot read; save it from the spreadsheet as XLSX or CSV.',
  'other-binary':
    'is neither a 360Giving JSON package, a CSV file nor an XLSX spreadsheet (its first bytes are binary data, such as an image or a PDF).',
}

/**
 * Reads a 360Giving JSON package, or the flat layout as CSV or XLSX, told
 * apart by the file's content (not its name); refuses, saying what it is, a
 * file that is none of them.
 */
export async function readGrants(path: string, context: ReadContext): Promise<GrantsFile> {
  const kind = await fileKind(path)
  const refusal = NOT_READ[kind]
  if (refusal) throw new ImportFileError({ file: context.file, message: refusal })
  if (kind === 'xlsx') return readFlatXlsx(path, context)
  if (kind === 'text') return readFlatCsv(path, context)
  const read = await readJsonPackage(path, context.file)
  read.grants.forEach((_, i) => context.rowRead(i + 1))
  return read
}
