import type { APIRoute } from 'astro'
import { allDatasets } from '../../lib/datasets/build'
import { dcatCatalogue } from '../../lib/datasets/metadata'

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dcatCatalogue(await allDatasets(), site), null, 2), { headers: { 'Content-Type': 'application/ld+json' } })
