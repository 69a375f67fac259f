import type { APIRoute } from 'astro'
import { toCsv } from '../../lib/csv'
import { datasetPaths, datasetRows } from '../../lib/datasets/build'
import type { DatasetSpec } from '../../lib/datasets/types'

export const getStaticPaths = () => datasetPaths('data/[slug].csv.ts', 'rows')

export const GET: APIRoute = async ({ props }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  const csv = toCsv(
    spec.fields.map((f) => f.name),
    await datasetRows(spec),
  )
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
