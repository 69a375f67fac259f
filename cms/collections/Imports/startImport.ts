import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Import } from '../../payload-types'
import { runImport } from '../../importers/importRuns'

/** Who uploaded the file, and a new upload always starts as running. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') {
    data.startedBy = req.user?.id
    data.status = 'queued'
    data.summary = null
    data.counts = {}
  }
  return data
}

/**
 * Starts the import once the upload is saved. It is not awaited: the request
 * returns and the admin polls for progress. The importer's own transaction waits
 * for this request's to commit (SQLite's busy timeout; separate documents on MongoDB).
 */
export const startImport: CollectionAfterChangeHook<Import> = ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.importing) return doc
  void runImport(req.payload, doc)
  return doc
}
