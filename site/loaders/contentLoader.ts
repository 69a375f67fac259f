import type { Loader } from 'astro/loaders'
import { config } from '../../domain/config'
import { timedStage } from '../lib/buildTimings'
import type { ContentCollection } from './contentCollections'
import { recordSkipped, skippedRecordsFileFor } from './skippedRecords'
import { describeSkipped, validateRecords } from './validateRecords'

/**
 * The loader of one content collection: reads its records, stores those that
 * match its schema and leaves out, loudly, those that do not. Astro's own
 * array loader would stop the whole build at the first bad record; this one
 * validates each record itself with the same schema, so the entries stored
 * are exactly what Astro's validation would have stored.
 */
export function contentLoader(content: string, collection: ContentCollection, read: () => Promise<unknown[]>): Loader {
  return {
    name: `portal-${content}`,
    async load({ store, logger }) {
      const { entries, skipped } = validateRecords({ ...collection, content }, await timedStage('reading from Payload', read))
      store.clear()
      for (const entry of entries) store.set(entry)
      for (const record of skipped) logger.warn(`left out ${describeSkipped(record)}`)
      recordSkipped(content, skipped, skippedRecordsFileFor(config.siteOutDir))
    },
  }
}
