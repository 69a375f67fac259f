/**
 * Imports published data into the CMS.
 *   npm run import -- gpg <file.csv> [--year 2017]   UK Gender Pay Gap Service download (any layout)
 *   npm run import -- gla <file.csv>                 the GLA's pay gap tables in tidy long form
 *   npm run import -- workforce <file.csv>           workforce profiles in the Open Innovations diversity data standard
 * Applies migrations first. Prints progress, then a summary in which every row is
 * accounted for. A refused file stores nothing and exits with status 1.
 * The site is not rebuilt per record: run `npm run build:site` afterwards, or
 * publish anything in the CMS.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { importGlaTables } from '../cms/importers/gla/importGlaTables'
import { importGpgFile } from '../cms/importers/gpg/importGpgFile'
import { importOpenInnovations } from '../cms/importers/workforce/importOpenInnovations'
import { formatSummary } from '../cms/importers/importSummary'
import { ImportFileError } from '../cms/importers/problems'

const [kind, path, ...rest] = process.argv.slice(2)
const yearFlag = rest.indexOf('--year')
const year = yearFlag >= 0 ? Number(rest[yearFlag + 1]) : undefined
const importers = {
  gpg: importGpgFile,
  gla: (payload, path) => importGlaTables(payload, path),
  workforce: (payload, path) => importOpenInnovations(payload, path),
} as const satisfies Record<
  string,
  (
    payload: Awaited<ReturnType<typeof getPortalPayload>>,
    path: string,
    options: { year?: number; onProgress?: (rows: number, phase: 'reading' | 'writing') => void },
  ) => Promise<unknown>
>

if (!kind || !path || !(kind in importers) || (year !== undefined && !Number.isInteger(year))) {
  console.error(
    'Usage: npm run import -- gpg <file.csv> [--year 2017] | npm run import -- gla <tidy-tables.csv> | npm run import -- workforce <diversity.csv>',
  )
  process.exit(2)
}

const payload = await getPortalPayload()
try {
  await payload.db.migrate()
  const started = Date.now()
  const summary = await importers[kind as keyof typeof importers](payload, path, {
    year,
    onProgress: (rows, phase) => process.stderr.write(`  ${phase} … ${rows} rows\n`),
  })
  console.log(formatSummary(summary))
  console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  if (error instanceof ImportFileError) {
    console.error(`Refused, nothing stored: ${error.message}`)
    process.exitCode = 1
  } else throw error
} finally {
  await payload.destroy()
}
