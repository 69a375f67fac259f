import type { Endpoint } from 'payload'
import { siteRebuildEnabled, siteRebuildScheduler } from '../lib/siteRebuild'

/**
 * GET /api/site-rebuild: whether the public site is queued for a rebuild,
 * building, or live, and since when (SiteRebuildStatus.tsx polls it after a
 * publish). Signed-in users only; `enabled: false` when this process does not
 * rebuild the site (SITE_REBUILD is not on).
 */
export const siteRebuildEndpoint: Endpoint = {
  path: '/site-rebuild',
  method: 'get',
  handler: (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to see the site’s rebuild status.' }] }, { status: 401 })
    if (!siteRebuildEnabled()) return Response.json({ enabled: false })
    return Response.json({ enabled: true, ...siteRebuildScheduler().status() }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
