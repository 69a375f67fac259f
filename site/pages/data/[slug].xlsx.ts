import type { APIRoute } from 'astro'
import { timedStage } from '../../lib/buildTimings'
import { datasetPaths, datasetRows } from '../../lib/datasets/build'
import { XLSX_MEDIA_TYPE } from '../../lib/datasets/metadata'
import type { DatasetSpec } from '../../lib/datasets/types'
import { toXlsx } from '../../lib/xlsx'

export const getStaticPaths = async () =>
  (await datasetPaths('data/[slug].xlsx.ts', 'rows')).filter(({ props: { spec } }) => spec.noWorkbook === undefined)

const respond: APIRoute = async ({ props }) => {
  const spec = (props as { spec: DatasetSpec }).spec
  const workbook = await toXlsx(spec.title, spec.fields, await datasetRows(spec))
  return new Response(new Uint8Array(workbook), { headers: { 'Content-Type': XLSX_MEDIA_TYPE } })
}

// Timed for the benchmark's build stages (lib/buildTimings.ts).
export const GET: APIRoute = (context) => timedStage('datasets (CSV, JSON and XLSX downloads)', async () => respond(context))
