import { rejectedRowCount, type ImportOptions, type ImportSummary } from '../importSummary'
import { ImportFileError } from '../problems'

/** More rejected rows than this share of the file means the file, not a few rows, is wrong (issue 10). */
export const MAX_REJECTED_SHARE = 0.05
/** How many of the problems a refusal lists; the rest are counted. */
const PROBLEMS_LISTED = 20

/**
 * Refuses a file whose rejected rows are more than 5% of its rows, so that a
 * file read wrongly (a date layout not understood, a shifted column) is never
 * half-stored with a green summary: nothing is stored, the CLI exits non-zero
 * and the admin's import shows as refused, with the first problems. A curator
 * who has read the problems can accept a partial import (`--accept-partial`,
 * or the upload's checkbox), and the good rows are stored.
 */
export function refuseMostlyRejected(summary: ImportSummary, options: Pick<ImportOptions, 'acceptPartial'>): void {
  const rejected = rejectedRowCount(summary)
  if (options.acceptPartial || rejected <= summary.rows * MAX_REJECTED_SHARE) return
  const percent = Math.round((rejected / summary.rows) * 1000) / 10
  const headline = {
    file: summary.file,
    message: `${rejected} of its ${summary.rows} rows (${percent}%) were rejected, more than the ${MAX_REJECTED_SHARE * 100}% an import accepts, so nothing was stored. Correct the file, or import it again accepting a partial import (--accept-partial, or "Accept a partial import" on the upload) to store the other rows. The first problems:`,
  }
  const more = summary.rejected.length - PROBLEMS_LISTED
  throw new ImportFileError(headline, [
    headline,
    ...summary.rejected.slice(0, PROBLEMS_LISTED),
    ...(more > 0 ? [{ file: summary.file, message: `and ${more} more problem${more === 1 ? '' : 's'}.` }] : []),
  ])
}
