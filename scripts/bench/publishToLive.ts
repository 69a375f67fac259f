/**
 * `tsx scripts/bench/publishToLive.ts`: serves SITE_DIST_DIR/site, publishes a
 * change to one synthetic commitment through Payload's Local API with the
 * site rebuild on (the hooks an admin's publish runs), and times until the
 * organisation's page, fetched over HTTP from the served site, shows it.
 * Prints "PUBLISH_TO_LIVE s", then "SEARCH_INDEX_LIVE s" when the build has
 * also refreshed the search index. Needs SITE_REBUILD=on and a built site.
 */
import { resolve } from 'node:path'
import { getPortalPayload } from '../../cms/getPortalPayload'
import { siteRebuildScheduler } from '../../cms/lib/siteRebuild'
import { config } from '../../domain/config'
import { startStaticServer } from '../../site/serve/staticServer'

const TIMEOUT_MS = 30 * 60_000
if (!config.siteRebuild) throw new Error('publishToLive needs SITE_REBUILD=on')
const server = await startStaticServer(resolve(config.siteDistDir, 'site'), 0, '127.0.0.1')
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0
const payload = await getPortalPayload()
try {
  const { docs } = await payload.find({
    collection: 'commitments',
    where: { narrative: { like: 'Synthetic commitment' } },
    limit: 1,
    depth: 1,
  })
  const commitment = docs[0]
  if (!commitment) throw new Error('no synthetic commitment to publish')
  const organisation = commitment.organisation as { slug: string }
  const marker = `Synthetic change published at ${Date.now()}.`
  const url = `http://127.0.0.1:${port}/organisations/${organisation.slug}/`
  const started = Date.now()
  await payload.update({ collection: 'commitments', id: commitment.id, data: { narrative: marker, _status: 'published' } })
  for (;;) {
    const page = await fetch(url).then((r) => (r.ok ? r.text() : ''))
    if (page.includes(marker)) break
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`${url} did not show the change within ${TIMEOUT_MS / 60_000} min`)
    await new Promise((r) => setTimeout(r, 500))
  }
  console.log(`PUBLISH_TO_LIVE ${((Date.now() - started) / 1000).toFixed(1)}`)
  // An incremental build refreshes the search index after the pages are live; the build ends when it is swapped in.
  await siteRebuildScheduler().idle()
  console.log(`SEARCH_INDEX_LIVE ${((Date.now() - started) / 1000).toFixed(1)}`)
} finally {
  await payload.destroy()
  server.close()
}
