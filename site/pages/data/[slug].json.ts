import type { APIRoute } from 'astro'
import { timedStage } from '../../lib/buildTimings'
import { datasetPaths, datasetRows } from '../../lib/datasets/build'
import { jsonDownload } from '../../lib/datasets/metadata'
import type { DatasetSpec } from '../../lib/datasets/types'

export const getStaticPaths = () => datasetPaths('data/[slug].json.ts', 'rows')

const respond: APIRoute = async ({ props, site }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  return new Response(JSON.stringify(jsonDownload(spec, await datasetRows(spec), site)), {
    headers: { 'Content-Type': 'application/json' },
  })
}

// Timed for the benchmark's build stages (lib/buildTimings.ts).
export const GET: APIRoute = (context) => timedStage('datasets (CSV and JSON downloads)', async () => respond(context))
