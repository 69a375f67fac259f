import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { measured, mb, timedImport } from './measured'
import { writeSyntheticGpgFile } from './syntheticGpgFile'
import { writeSyntheticGrantsFile } from './syntheticGrantsFile'

/** What a fill put in the database, and how fast it went; kept beside it so a later run can build on the same data. */
export interface FillFigures {
  organisations: number
  payGapYears: number
  payGapRows: number
  payGapSeconds: number
  payGapPeakBytes: number
  grants: number
  grantSeconds: number
  commitments: number
  commitmentSeconds: number
  resources: number
  caseStudies: number
  fillSeconds: number
}

const REAL_GRANTS = '../shared/data/360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json'

/**
 * Fills a fresh database through Payload: the plan (`npm run seed`), then for
 * each year a synthetic Gender Pay Gap Service file imported by the real
 * importer (which creates the organisations the first year), a synthetic
 * 360Giving file (one grant for every four organisations) by the grants
 * importer, commitments with a status history, and library resources and
 * case studies (one for every 100 and 200 organisations). Every name says it is synthetic.
 */
export function fillPortal(
  dir: string,
  env: NodeJS.ProcessEnv,
  options: { organisations: number; payGapYears: number; commitmentsPerOrganisation: number; londonFile: string },
): FillFigures {
  const { organisations, payGapYears } = options
  const started = Date.now()
  spawnSync('npm', ['run', '--silent', 'seed'], { env, stdio: 'ignore' })
  let payGapRows = 0
  let payGapSeconds = 0
  let payGapPeakBytes = 0
  for (let y = 0; y < payGapYears; y++) {
    const file = resolve(dir, `gpg_synthetic_${2017 + y}.csv`)
    writeSyntheticGpgFile(options.londonFile, file, organisations, 2017 + y)
    const run = timedImport(env, 'gpg', file)
    const { rows, importSeconds: seconds } = run
    payGapRows += rows
    payGapSeconds += seconds
    payGapPeakBytes = Math.max(payGapPeakBytes, run.peakKb * 1024)
    console.log(
      `  pay gap year ${2017 + y}: ${rows} rows in ${seconds.toFixed(1)} s (${(rows / seconds).toFixed(0)} rows/s, ${run.cpuSeconds.toFixed(1)} CPU s), peak ${mb(run.peakKb * 1024)}`,
    )
  }
  let grants = 0
  let grantSeconds = 0
  if (existsSync(REAL_GRANTS)) {
    const file = resolve(dir, 'grants_synthetic.json')
    writeSyntheticGrantsFile(REAL_GRANTS, file, Math.ceil(organisations / 4))
    const run = timedImport(env, 'grants', file)
    grants = run.rows
    grantSeconds = run.importSeconds
    console.log(`  ${grants} synthetic grants in ${grantSeconds.toFixed(1)} s, peak ${mb(run.peakKb * 1024)}`)
  } else console.log(`  no grants: ${REAL_GRANTS} is absent`)
  const fill = measured(['npm', 'run', '--silent', 'bench:commitments', '--', String(options.commitmentsPerOrganisation)], env, 'ignore')
  const [, commitments, commitmentSeconds] = /COMMITMENTS (\d+) in ([\d.]+)/.exec(fill.stdout) ?? []
  console.log(`  ${commitments} commitments (2 published versions each) in ${commitmentSeconds} s`)
  const resources = Math.ceil(organisations / 100)
  const caseStudies = Math.ceil(organisations / 200)
  const library = measured(['npx', 'tsx', 'scripts/bench/fillLibrary.ts', String(resources), String(caseStudies)], env, 'ignore')
  console.log(`  ${/LIBRARY (.*)/.exec(library.stdout)?.[1] ?? 'library not filled'} s`)
  const figures: FillFigures = {
    organisations,
    payGapYears,
    payGapRows,
    payGapSeconds,
    payGapPeakBytes,
    grants,
    grantSeconds,
    commitments: Number(commitments ?? 0),
    commitmentSeconds: Number(commitmentSeconds ?? 0),
    resources,
    caseStudies,
    fillSeconds: (Date.now() - started) / 1000,
  }
  writeFileSync(filledMarker(dir), JSON.stringify(figures, null, 2))
  console.log(`  database filled in ${figures.fillSeconds.toFixed(0)} s`)
  return figures
}

export const filledMarker = (dir: string) => resolve(dir, 'filled.json')

/** The figures of an earlier complete fill of this directory's database, if there was one. */
export function earlierFill(dir: string): FillFigures | undefined {
  return existsSync(filledMarker(dir)) ? (JSON.parse(readFileSync(filledMarker(dir), 'utf8')) as FillFigures) : undefined
}
