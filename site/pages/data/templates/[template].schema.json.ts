import type { APIRoute } from 'astro'
import { tableSchema, type Template } from '../../../../domain/csvTemplates/columns'
import { templatePaths } from '../../../lib/csvTemplates'
import { pathsToBuild } from '../../../lib/buildScope'

export const getStaticPaths = () => pathsToBuild('data/templates/[template].schema.json.ts', templatePaths())

/** The template as a Frictionless Table Schema, so tools can check a file before it is sent. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(tableSchema((props as { template: Template }).template), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
