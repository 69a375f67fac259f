/**
 * A step of `npm run build:site`, run beside Astro's rather than inside it:
 * writes each dataset's Excel workbook (site/lib/xlsx.ts) into the folder
 * named, for build-site.ts to move into the new site once both are done.
 *
 * ExcelJS writes about 100,000 cells a second, and inside Astro the workbooks
 * were most of the 110 s the dataset downloads took at 20,000 organisations
 * (issue 15), on the one core Astro renders on. Here they take the machine's
 * other core. The rows are the same function of the same content as the
 * CSV's: this step reads the content through the build's content cache, which
 * the release step has just checked (site/loaders/contentCache.ts), and
 * Astro's CSV route checks the rows against their schema, failing the build
 * if they break it.
 *
 * An incremental build writes the workbooks of the datasets its change
 * touches (site/lib/buildScope.ts); build-site.ts takes the rest from the live
 * site, as it does every other file.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildScope, datasetShows, touches } from '../site/lib/buildScope'
import { datasetSpecs } from '../site/lib/datasets/registry'
import { readPortalContent } from '../site/lib/readContent'
import { urls } from '../site/lib/urls'
import { toXlsx } from '../site/lib/xlsx'

const [folder] = process.argv.slice(2)
if (!folder) throw new Error('usage: write-workbooks.ts <folder>')
const started = Date.now()
const content = await readPortalContent()
const scope = buildScope()
mkdirSync(resolve(folder, 'data'), { recursive: true })
let written = 0
for (const spec of datasetSpecs(content)) {
  if (spec.noWorkbook || (scope && !touches(datasetShows(spec.slug), scope.changed))) continue
  writeFileSync(resolve(folder, `.${urls.datasetXlsx(spec.slug)}`), await toXlsx(spec.title, spec.fields, spec.rows(content)))
  written++
}
const peakMb = process.resourceUsage().maxRSS / 1024
const seconds = ((Date.now() - started) / 1000).toFixed(1)
// The line the benchmark reads (scripts/bench/measureStages.ts).
console.log(`[site] workbooks (XLSX downloads, beside Astro): ${seconds} s, peak ${peakMb.toFixed(0)} MB, ${written} written`)
process.exit(0)
