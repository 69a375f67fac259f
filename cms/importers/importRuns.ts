import { resolve } from 'node:path'
import { config } from '../../domain/config'
import type { Payload } from 'payload'
import type { Import } from '../payload-types'
import { siteRebuildEnabled, siteRebuildScheduler } from '../lib/siteRebuild'
import { formatSummary, rejectedRowCount, type ImportSummary } from './importSummary'
import { ImportFileError } from './problems'
import { IMPORTERS, isImporterKind } from './registry'

/**
 * Runs the imports curators upload in the admin. A file is imported after the
 * upload is saved, outside the request, so a 3,000-row file does not hold the
 * browser; where it has got to is kept in memory for the admin's progress
 * display, and the outcome is written to the import record when it ends.
 */

export interface ImportProgress {
  phase: 'waiting' | 'reading' | 'writing'
  rows: number
  /** The rows to write, once the file has been read. */
  total?: number
  /** When the phase began (ms since the epoch), for the rate and the time left. */
  phaseStartedAt: number
  now?: number
}

const running = new Map<string, ImportProgress>()

/** Where a running import has got to, or undefined when this server is not running it. */
export const progressOf = (id: number | string): ImportProgress | undefined => {
  const progress = running.get(String(id))
  // The server's clock, so that the admin's estimate does not depend on the browser's.
  return progress && { ...progress, now: Date.now() }
}

type Outcome = Pick<Import, 'status' | 'summary' | 'counts'>

export function outcomeOf(summary: ImportSummary): Outcome {
  return {
    status: 'finished',
    summary: formatSummary(summary),
    counts: {
      rows: summary.rows,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejected: rejectedRowCount(summary),
      flagged: summary.flagged,
      keptManualCorrections: summary.keptManualCorrections.length,
      organisationsCreated: summary.organisationsCreated,
    },
  }
}

/** Imports the uploaded file and records how it ended; never throws, as nobody awaits it. */
export async function runImport(
  payload: Payload,
  upload: Pick<Import, 'id' | 'kind' | 'year' | 'filename' | 'licence' | 'publisher' | 'acceptPartial'>,
): Promise<Outcome> {
  const id = String(upload.id)
  running.set(id, { phase: 'waiting', rows: 0, phaseStartedAt: Date.now() })
  let outcome: Outcome
  try {
    if (!upload.filename || !isImporterKind(upload.kind)) throw new Error(`the upload has no file, or its kind "${upload.kind}" is unknown`)
    const summary = await IMPORTERS[upload.kind].run(payload, resolve(config.importUploadDir, upload.filename), {
      year: upload.year ?? undefined,
      licence: upload.licence ?? undefined,
      publisher: upload.publisher ?? undefined,
      acceptPartial: upload.acceptPartial ?? false,
      importId: upload.id,
      onProgress: (rows, phase, total) => {
        const previous = running.get(id)
        const phaseStartedAt = previous?.phase === phase ? previous.phaseStartedAt : Date.now()
        running.set(id, { phase, rows, total, phaseStartedAt })
      },
    })
    outcome = outcomeOf(summary)
  } catch (error) {
    const refused = error instanceof ImportFileError
    if (!refused) payload.logger.error({ err: error, msg: `Import ${id} failed` })
    outcome = {
      status: refused ? 'refused' : 'failed',
      summary: `${refused ? 'Refused' : 'Failed'}, nothing stored: ${error instanceof Error ? error.message : String(error)}`,
    }
  } finally {
    running.delete(id)
  }
  try {
    await payload.update({
      collection: 'imports',
      id: upload.id,
      data: { ...outcome, finishedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { importing: true, disableSiteRebuild: true },
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not record how import ${id} ended` })
  }
  const changed = (outcome.counts?.created ?? 0) + (outcome.counts?.updated ?? 0) + (outcome.counts?.organisationsCreated ?? 0) > 0
  if (changed && siteRebuildEnabled()) siteRebuildScheduler().schedule(`import ${id} finished`)
  return outcome
}
