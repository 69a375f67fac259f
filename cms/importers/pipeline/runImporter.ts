import { basename } from 'node:path'
import type { Payload } from 'payload'
import type { Organisation } from '../../payload-types'
import { withTransaction } from '../../lib/withTransaction'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { OrganisationMatcher } from '../organisationMatcher'
import { ImportFileError } from '../problems'
import { RecordStore } from '../recordStore'
import { FirstRows } from './firstRows'
import type { Importer, ReadContext, ReadRecord } from './importer'

const READ_PROGRESS_EVERY = 500
const WRITE_PROGRESS_EVERY = 250

/**
 * The one importer pipeline. Reads and checks the whole file first (a broken
 * file is refused before anything is written), then writes every record in one
 * transaction: its organisations matched or created, a row repeating an
 * earlier row's record rejected (the first stands), a record a curator
 * corrected by hand left alone and listed, each write counted as created,
 * updated or unchanged, and flags counted as ImportSummary says.
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
    },
  }
  const records: Array<ReadRecord<Draft>> = []
  for await (const record of importer.read(path, context)) records.push(record)
  if (summary.rows === 0) throw new ImportFileError({ file, message: 'has a header but no rows.' })

  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await RecordStore.load<Data>(payload, req, {
      collection: importer.collection,
      where: importer.stored(records.map((r) => r.draft)),
      keyOf: importer.keyOf,
      meaningful: importer.meaningful,
    })
    const firstRows = new FirstRows()
    let done = 0
    for (const { place, draft } of records) {
      const organisations: Organisation[] = []
      for (const party of importer.parties(draft))
        organisations.push((await matcher.findOrCreate(party.identity, party.source)).organisation)
      const data = importer.data(draft, organisations)
      const title = importer.title(data, organisations)
      const repeat = firstRows.repeat(importer.keyOf(data), place, `the same ${importer.keyDescription}: “${title}”`, file)
      if (repeat) summary.rejected.push(repeat)
      else {
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
      if (++done % WRITE_PROGRESS_EVERY === 0 || done === records.length) options.onProgress?.(done, 'writing')
    }
    summary.organisationsCreated = matcher.created
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
