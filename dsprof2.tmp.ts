import { performance } from 'node:perf_hooks'
import { portalContent } from './site/lib/content'
import { datasetRows } from './site/lib/datasets/build'
import { datasetSpecs } from './site/lib/datasets/registry'
import { toXlsx } from './site/lib/xlsx'
const content = await portalContent()
const spec = datasetSpecs(content).find((s) => s.slug === 'pay-gaps-2017')!
const rows = await datasetRows(spec)
console.log(spec.fields.length, 'fields', spec.fields.map((f) => f.type).join(','))
const t = performance.now()
const x = await toXlsx(spec.title, spec.fields, rows)
console.log('xlsx', ((performance.now() - t) / 1000).toFixed(1), x.length)
process.exit(0)
