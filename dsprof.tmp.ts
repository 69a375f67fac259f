import { performance } from 'node:perf_hooks'
import { portalContent } from './site/lib/content'
import { datasetRows } from './site/lib/datasets/build'
import { datasetSpecs } from './site/lib/datasets/registry'
import { toCsv } from './site/lib/csv'
import { toXlsx } from './site/lib/xlsx'

const t0 = performance.now()
const content = await portalContent()
console.log('content', ((performance.now() - t0) / 1000).toFixed(1))
for (const spec of datasetSpecs(content)) {
  let t = performance.now()
  const rows = await datasetRows(spec)
  const rowsS = (performance.now() - t) / 1000
  t = performance.now()
  const csv = toCsv(spec.fields.map((f) => f.name), rows)
  const csvS = (performance.now() - t) / 1000
  t = performance.now()
  const json = JSON.stringify(rows)
  const jsonS = (performance.now() - t) / 1000
  t = performance.now()
  const x = await toXlsx(spec.title, spec.fields, rows)
  const xS = (performance.now() - t) / 1000
  console.log(spec.slug, rows.length, `rows ${rowsS.toFixed(1)} csv ${csvS.toFixed(1)} (${(csv.length/1e6).toFixed(1)}MB) json ${jsonS.toFixed(1)} xlsx ${xS.toFixed(1)} (${(x.length/1e6).toFixed(1)}MB)`)
}
process.exit(0)
