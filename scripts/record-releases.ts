/**
 * A step of `npm run build:site`, before Astro renders: records a new release
 * of every dataset whose content changed (site/lib/datasets/recordReleases.ts).
 * Skipped for snapshot builds (the benchmark), which have no database to keep
 * releases in.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { config } from '../domain/config'
import { readContentOutsideAstro } from '../site/lib/datasets/releaseContent'
import { recordReleases } from '../site/lib/datasets/recordReleases'

if (config.portalSnapshot) {
  console.log('[site] releases: not recorded for a snapshot build')
  process.exit(0)
}
const payload = await getPortalPayload()
try {
  const recorded = await recordReleases(payload, await readContentOutsideAstro())
  for (const r of recorded) console.log(`[site] ${r.dataset} release ${r.number}: ${r.note.slice(0, 160)}`)
  if (recorded.length === 0) console.log('[site] releases: no dataset changed')
} finally {
  await payload.destroy()
}
process.exit(0)
