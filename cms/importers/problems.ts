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
  message: string
}

export function describeProblem(p: Problem): string {
  const where = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.line !== undefined ? `line ${p.line}` : undefined,
    p.column ? `column ${p.column}` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
  return `${where}: ${p.message}`
}

/** The whole file is refused: nothing from it is stored. */
export class ImportFileError extends Error {
  constructor(readonly problem: Problem) {
    super(describeProblem(problem))
    this.name = 'ImportFileError'
  }
}
