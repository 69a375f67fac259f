import type { APIRoute } from 'astro'
import { datasetPaths, datasetRows } from '../../lib/datasets/build'
import { jsonDownload } from '../../lib/datasets/metadata'
import type { DatasetSpec } from '../../lib/datasets/types'

export const getStaticPaths = () => datasetPaths('data/[slug].json.ts', 'rows')

export const GET: APIRoute = async ({ props, site }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  return new Response(JSON.stringify(jsonDownload(spec, await datasetRows(spec), site)), {
    headers: { 'Content-Type': 'application/json' },
  })
}
