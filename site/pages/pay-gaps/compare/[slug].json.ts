import type { APIRoute } from 'astro'
import { portalContent } from '../../../lib/content'
import { compareEntries } from '../../../lib/payGaps/compareIndex'
import { pathsToBuild } from '../../../lib/buildScope'

/**
 * One organisation's reports for the compare basket, which fetches only the
 * organisations it shows: one index of every organisation was 2 KB per
 * organisation (40 MB at 20,000), fetched whole by every compare page.
 */
export async function getStaticPaths() {
  return pathsToBuild(
    'pay-gaps/compare/[slug].json.ts',
    compareEntries(await portalContent()).map((entry) => ({ params: { slug: entry.s }, props: { entry } })),
    { organisation: (p) => p.params.slug },
  )
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.entry), { headers: { 'Content-Type': 'application/json' } })
