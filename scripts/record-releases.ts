/**
 * A step of `npm run build:site`, before Astro renders: records a new release
 * of every dataset whose content changed (site/lib/datasets/recordReleases.ts).
 * build-site.ts does not run it for a snapshot build, which has no database.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { recordReleases } from '../site/lib/datasets/recordReleases'
import { readPortalContent } from '../site/lib/readContent'
import { contentCacheSummary } from '../site/loaders/contentCache'

const payload = await getPortalPayload()
try {
  const recorded = await recordReleases(payload, await readPortalContent())
  for (const r of recorded) console.log(`[site] ${r.dataset} release ${r.number}: ${r.note.slice(0, 160)}`)
  if (recorded.length === 0) console.log('[site] releases: no dataset changed')
  for (const line of contentCacheSummary()) console.log(line)
} finally {
  await payload.destroy()
}
process.exit(0)
