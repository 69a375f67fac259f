import type { APIRoute } from 'astro'
import { portalContent } from '../../../../lib/content'
import { explorerRows } from '../../../../lib/payGaps/explorerRows'
import { explorerPaths } from '../../../../lib/payGaps/explorerPaths'

export async function getStaticPaths() {
  return (await explorerPaths()).map(({ characteristic, year }) => ({ params: { characteristic, year: String(year) } }))
}

/** Every report of the year, for the explorer's filters and sorting. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(explorerRows(await portalContent(), params.characteristic!, Number(params.year))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
