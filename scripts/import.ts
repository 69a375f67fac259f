/**
 * Imports published data into the CMS.
 *   npm run import -- gpg <file.csv> [--year 2017]   UK Gender Pay Gap Service download (any layout)
 *   npm run import -- gla <file.csv>                 the GLA's pay gap tables in tidy long form
 *   npm run import -- workforce <file.csv>           workforce profiles in the Open Innovations diversity data standard
 *   npm run import -- pay-gaps-template <file.csv>   the portal's own pay gaps template (ethnicity, disability, gender)
 *   npm run import -- workforce-template <file.csv>  the portal's own workforce profile template
 *   npm run import -- grants <file.json|file.csv> [--licence URL] [--publisher NAME]   360Giving grants
 *   npm run import -- funding-applications-template <file.csv>   funders' application counts by kind of applicant
 *   npm run import -- funding-targets-template <file.csv>        funders' targets
 * (The kinds are cms/importers/registry.ts; run without arguments to list them.)
 * Applies migrations first. Prints progress, then a summary in which every row is
 * accounted for. A refused file stores nothing and exits with status 1; so does
 * a file with more than 5% of its rows rejected, unless --accept-partial is given.
 * The site is not rebuilt per record: run `npm run build:site` afterwards, or
 * publish anything in the CMS.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { describeProgress } from '../domain/progress'
import { formatSummary } from '../cms/importers/importSummary'
import { ImportFileError } from '../cms/importers/problems'
import { IMPORTERS, isImporterKind } from '../cms/importers/registry'

const [kind, path, ...rest] = process.argv.slice(2)
const flag = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined)
const year = flag('--year') === undefined ? undefined : Number(flag('--year'))
const acceptPartial = rest.includes('--accept-partial')

if (!kind || !path || !isImporterKind(kind) || (year !== undefined && !Number.isInteger(year))) {
  console.error('Usage: npm run import -- <kind> <file> [--year 2017] [--licence URL] [--publisher NAME] [--accept-partial]\nKinds:')
  for (const [name, { label }] of Object.entries(IMPORTERS)) console.error(`  ${name.padEnd(20)}${label}`)
  process.exit(2)
}

// package.json runs this with --expose-gc, for the pipeline's collections (cms/importers/pipeline/collectGarbage.ts).
if (typeof (globalThis as { gc?: unknown }).gc !== 'function')
  console.error(
    'Note: started without --expose-gc (use `npm run import`), so garbage is not collected every 500 rows and memory peaks higher.',
  )

const payload = await getPortalPayload()
try {
  await payload.db.migrate()
  const started = Date.now()
  let currentPhase = ''
  let phaseStarted = started
  const summary = await IMPORTERS[kind].run(payload, path, {
    year,
    licence: flag('--licence'),
    publisher: flag('--publisher'),
    acceptPartial,
    onProgress: (rows, phase, total) => {
      if (phase !== currentPhase) phaseStarted = Date.now()
      currentPhase = phase
      process.stderr.write(`  ${phase} … ${describeProgress({ done: rows, total, startedAt: phaseStarted, now: Date.now() })}\n`)
    },
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
