import type { APIRoute } from 'astro'
import { portalContent } from '../../../lib/content'
import { dashboardData } from '../../../lib/funding/dashboardData'

/** The grants list filter's data: each grant's list fields and the funders' names, fetched once when a filter is used. */
export const GET: APIRoute = async () => {
  const data = dashboardData(await portalContent())
  const grants = data.grants.map(({ leadership: _leadership, ...grant }) => grant)
  return new Response(JSON.stringify({ funders: data.funders, years: data.years, grants }), {
    headers: { 'Content-Type': 'application/json' },
  })
}
