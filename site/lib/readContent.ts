import { timedStage } from './buildTimings'
import { indexContent, type PortalContent, type RawContent } from './indexContent'
import { mapContentCollectionsAsync, type ContentCollections, type ContentKey } from '../loaders/contentCollections'
import { readRecords } from '../loaders/payloadSource'
import { recordSkipped } from '../loaders/skippedRecords'
import { validateRecords } from '../loaders/validateRecords'

/**
 * The published content as a build step sees it: every collection of the
 * content table read (from Payload through the build's content cache, or from
 * PORTAL_SNAPSHOT), each record checked against its schema, and the whole
 * indexed for the pages. The release step and Astro's pages both read it
 * through here, so what a release records and what the pages show cannot
 * drift. A record that does not match its schema is left out, not fatal; with
 * `listSkippedIn` it is also listed in that file (skippedRecords.ts).
 *
 * Astro's content layer is not used: it serialised every record into its data
 * store and read it back into the build, about 15 s at 20,000 organisations
 * (issue 15), for records this build already holds.
 */
export async function readPortalContent(options: { listSkippedIn?: string } = {}): Promise<PortalContent> {
  const raw = await mapContentCollectionsAsync<RawContent>(async <K extends ContentKey>(content: K, collection: ContentCollections[K]) => {
    const records = await timedStage('reading from Payload', () => readRecords(content, collection))
    const { entries, skipped } = validateRecords({ ...collection, content }, records)
    // scripts/build-site.ts says what was left out, from this list, in the build summary.
    if (options.listSkippedIn) recordSkipped(content, skipped, options.listSkippedIn)
    const loaded = collection.ids === 'document' ? entries.map((e) => ({ ...e.data, id: e.id })) : entries.map((e) => e.data)
    // Each entry is its schema's output (validateRecords parsed it).
    return loaded as RawContent[K]
  })
  return indexContent(raw)
}
