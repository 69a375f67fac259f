import type { APIRoute } from 'astro'
import { datasetPaths, datasetRows } from '../../../lib/datasets/build'
import { dataPackage } from '../../../lib/datasets/metadata'
import type { DatasetSpec } from '../../../lib/datasets/types'

export const getStaticPaths = datasetPaths

export const GET: APIRoute = async ({ props, site }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  return new Response(JSON.stringify(dataPackage(spec, await datasetRows(spec), site), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  })
}
