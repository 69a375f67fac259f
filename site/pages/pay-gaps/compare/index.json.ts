import type { APIRoute } from 'astro'
import { portalContent } from '../../../lib/content'
import { compareIndex } from '../../../lib/payGaps/compareIndex'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compareIndex(await portalContent())), { headers: { 'Content-Type': 'application/json' } })
