/**
 * A step of `npm run build:site`, before Astro renders: records a new release
 * of every dataset whose content changed (site/lib/datasets/recordReleases.ts).
 * build-site.ts does not run it for a snapshot build, which has no database.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { recordReleases } from '../site/lib/datasets/recordReleases'
import { readPortalContent } from '../site/lib/readContent'
import { contentCacheSummary } from '../site/loaders/contentCache'
import { CONTENT_COLLECTIONS } from '../site/loaders/contentCollections'
import { readFromPayload } from '../site/loaders/payloadSource'

const payload = await getPortalPayload()
try {
  const recorded = await recordReleases(payload, await readPortalContent())
  for (const r of recorded) console.log(`[site] ${r.dataset} release ${r.number}: ${r.note.slice(0, 160)}`)
  if (recorded.length === 0) console.log('[site] releases: no dataset changed')
  // Astro reuses every kept read without asking Payload (site/loaders/contentCache.ts), so the releases just recorded are read now.
  await readFromPayload('datasetReleases', CONTENT_COLLECTIONS.datasetReleases)
  for (const line of contentCacheSummary()) console.log(line)
} finally {
  await payload.destroy()
}
process.exit(0)
