/**
 * What an importer says about bad input: always the file, and where known the
 * row (1 = the first data row, after the header), the line in the file, the
 * column and what was expected.
 */
export interface Problem {
  file: string
  row?: number
  line?: number
  column?: string
  /** The record named in the file, where rows are not lines: e.g. grant "360G-ABCT-123". */
  record?: string
  message: string
}

export function describeProblem(p: Problem): string {
  const where = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.line !== undefined ? `line ${p.line}` : undefined,
    p.record,
    p.column ? `${p.record ? 'field' : 'column'} ${p.column}` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
  return `${where}: ${p.message}`
}

/** The whole file is refused: nothing from it is stored. `problems` lists every reason when there are several. */
export class ImportFileError extends Error {
  readonly problems: Problem[]
  constructor(
    readonly problem: Problem,
    problems?: Problem[],
  ) {
    const all = problems ?? [problem]
    super(all.length > 1 ? `${describeProblem(problem)}\n${all.slice(1).map(describeProblem).join('\n')}` : describeProblem(problem))
    this.problems = all
    this.name = 'ImportFileError'
  }
}
