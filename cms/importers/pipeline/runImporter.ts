import { basename } from 'node:path'
import type { Payload } from 'payload'
import type { Organisation } from '../../payload-types'
import { withTransaction } from '../../lib/withTransaction'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { MatchReviewer } from '../matchReviews'
import { OrganisationMatcher } from '../organisationMatcher'
import { ImportFileError } from '../problems'
import { collectGarbageAt } from './collectGarbage'
import { refuseMostlyRejected } from './partialImports'
import { RecordStore } from '../recordStore'
import { FirstRows } from './firstRows'
import type { Importer, ReadContext, ReadRecord } from './importer'

const READ_PROGRESS_EVERY = 500
const WRITE_PROGRESS_EVERY = 250

/**
 * The one importer pipeline. Reads and checks the whole file first (a broken
 * file is refused before anything is written), then reads it again and writes
 * every record as it comes, in one transaction: its organisations matched or
 * created, a row repeating an earlier row's record rejected (the first stands),
 * a record a curator corrected by hand left alone and listed, each write
 * counted as created, updated or unchanged, and flags counted as ImportSummary
 * says. A file with more than 5% of its rows rejected is refused whole unless
 * the curator accepts a partial import (see partialImports.ts).
 *
 * Reading twice rather than keeping every record between the check and the
 * writes keeps an import's memory flat in the file's rows (issue 15): the first
 * pass keeps only the count and, where an importer asks, each record's key in
 * its source. The second pass's rejected rows and notes are the first's again,
 * so they are not added twice.
 */
export async function runImporter<Draft, Data extends Record<string, unknown>>(
  payload: Payload,
  importer: Importer<Draft, Data>,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const context: ReadContext = {
    file,
    summary,
    options,
    rowRead: (row) => {
      summary.rows = row
      if (row % READ_PROGRESS_EVERY === 0) options.onProgress?.(row, 'reading')
      collectGarbageAt(row)
    },
  }
  let total = 0
  const sourceKeys: string[] = []
  for await (const record of importer.read(path, context)) {
    total++
    if (importer.sourceKey) sourceKeys.push(importer.sourceKey(record.draft))
  }
  if (summary.rows === 0) throw new ImportFileError({ file, message: 'has a header but no rows.' })
  // Before opening a transaction when the rows that cannot be read are already too many; again at the end, with repeated rows.
  refuseMostlyRejected(summary, options)
  const again: ReadContext = { file, summary: emptySummary(file), options, rowRead: () => {} }

  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req, options.newRecords)
    const reviewer = await MatchReviewer.load(payload, req, { file, importId: options.importId })
    const store = await RecordStore.load<Data>(payload, req, {
      collection: importer.collection,
      where: importer.stored(sourceKeys),
      keyOf: importer.keyOf,
      meaningful: importer.meaningful,
      newRecords: options.newRecords,
    })
    const firstRows = new FirstRows()
    const mergeNotes = new Map<string, number>()
    let done = 0
    for await (const { place, draft } of importer.read(path, again)) {
      const organisations: Organisation[] = []
      for (const party of importer.parties(draft))
        organisations.push(await reviewer.resolve(matcher, party.identity, party.source, party.trustName ?? false))
      let data = importer.data(draft, organisations)
      const key = importer.keyOf(data)
      const title = importer.title(data, organisations)
      const repeat = firstRows.repeat(key, place, `the same ${importer.keyDescription}: “${title}”`, file)
      if (repeat) summary.rejected.push(repeat)
      else {
        const stored = store.stored(key)
        if (stored && importer.merge) {
          const merged = importer.merge(data, stored)
          data = merged.data
          if (merged.note) mergeNotes.set(merged.note, (mergeNotes.get(merged.note) ?? 0) + 1)
        }
        const outcome = await store.write(data, title)
        if (outcome === 'kept-manual')
          summary.keptManualCorrections.push({
            file,
            ...place,
            message: `“${title}” was corrected by hand in the CMS; the file’s values were not applied.`,
          })
        else {
          summary[outcome]++
          if ((importer.flags?.(data).length ?? 0) > 0) summary.flagged++
        }
      }
      if (++done % WRITE_PROGRESS_EVERY === 0 || done === total) options.onProgress?.(done, 'writing', total)
      collectGarbageAt(done)
    }
    for (const [note, count] of mergeNotes) summary.notes.push(`${note}: ${count}.`)
    summary.organisationsCreated = matcher.created
    const waiting = reviewer.note()
    if (waiting) summary.notes.push(waiting)
    // Thrown inside the transaction, so that nothing from the file is kept.
    refuseMostlyRejected(summary, options)
  })
  return summary
}

/** An importer as the registry, the CLI and the admin's Imports use it: its label, and how to run it on a file. */
export interface RegisteredImporter {
  label: string
  run: (payload: Payload, path: string, options?: ImportOptions) => Promise<ImportSummary>
}

export function defineImporter<Draft, Data extends Record<string, unknown>>(importer: Importer<Draft, Data>): RegisteredImporter {
  return { label: importer.label, run: (payload, path, options) => runImporter(payload, importer, path, options) }
}
