import type { APIRoute } from 'astro'
import { blankTemplate, type Template } from '../../../../domain/csvTemplates/columns'
import { templatePaths } from '../../../lib/csvTemplates'
import { pathsToBuild } from '../../../lib/buildScope'

export const getStaticPaths = () => pathsToBuild('data/templates/[template].csv.ts', templatePaths())

/** The blank template: its header row, ready to fill in. */
export const GET: APIRoute = ({ props }) =>
  new Response(blankTemplate((props as { template: Template }).template), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
