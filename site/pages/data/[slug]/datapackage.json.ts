import type { APIRoute } from 'astro'
import { datasetPaths, packageContents } from '../../../lib/datasets/build'
import { dataPackage } from '../../../lib/datasets/metadata'
import { datasetReleases } from '../../../lib/datasets/releases'
import type { DatasetSpec } from '../../../lib/datasets/types'

export const getStaticPaths = () => datasetPaths('data/[slug]/datapackage.json.ts', 'package')

export const GET: APIRoute = async ({ props, site }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  const current = (await datasetReleases(spec.slug)).at(-1)
  return new Response(JSON.stringify(dataPackage(await packageContents(spec), site, current), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  })
}
