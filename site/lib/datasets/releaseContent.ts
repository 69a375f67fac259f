import { mapContentCollectionsAsync, type ContentCollections, type ContentKey } from '../../loaders/contentCollections'
import { readRecords } from '../../loaders/payloadSource'
import { validateRecords } from '../../loaders/validateRecords'
import { indexContent, type PortalContent, type RawContent } from '../indexContent'

/**
 * The published content as the site build sees it, read outside Astro for the
 * release step (scripts/build-site.ts records releases before Astro renders
 * the pages that list them). It reads and validates each collection from the
 * same content table, source and check as the Astro loaders, so the two cannot
 * drift; records the loaders would leave out are left out here too.
 */
export async function readContentOutsideAstro(): Promise<PortalContent> {
  const raw = await mapContentCollectionsAsync<RawContent>(async <K extends ContentKey>(content: K, collection: ContentCollections[K]) => {
    const { entries } = validateRecords({ ...collection, content }, await readRecords(content, collection))
    const loaded = collection.ids === 'document' ? entries.map((e) => ({ ...e.data, id: e.id })) : entries.map((e) => e.data)
    // Each entry is its schema's output (validateRecords parsed it), as in lib/content.ts.
    return loaded as RawContent[K]
  })
  return indexContent(raw)
}
