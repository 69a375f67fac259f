import type { APIRoute } from 'astro'
import { timedStage } from '../../lib/buildTimings'
import { toCsv } from '../../lib/csv'
import { datasetPaths, datasetRows } from '../../lib/datasets/build'
import type { DatasetSpec } from '../../lib/datasets/types'

export const getStaticPaths = () => datasetPaths('data/[slug].csv.ts', 'rows')

const respond: APIRoute = async ({ props }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  const csv = toCsv(
    spec.fields.map((f) => f.name),
    await datasetRows(spec),
  )
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}

// Timed for the benchmark's build stages (lib/buildTimings.ts).
export const GET: APIRoute = (context) => timedStage('datasets (CSV and JSON downloads)', async () => respond(context))
