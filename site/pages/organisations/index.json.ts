import type { APIRoute } from 'astro'
import { portalContent } from '../../lib/content'
import { directoryEntries } from '../../lib/directory'

/** The directory filter's data; small enough to fetch once (see lib/directory.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(directoryEntries(await portalContent())), { headers: { 'Content-Type': 'application/json' } })
