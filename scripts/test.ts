/**
 * The whole suite, as CI runs it: formatting, generated files up to date, type
 * check, then unit, integration and end-to-end tests. Stops at the first failure.
 * Ends with one line "N passed, N failed, N skipped" counted from Vitest's report.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolvePayloadSecret } from '../cms/secret'

// Astro runs with NODE_ENV=production, where the CMS config insists on a secret; outside production use the development one.
process.env.PAYLOAD_SECRET ??= resolvePayloadSecret()

const GENERATED = ['cms/payload-types.ts', 'cms/app/(payload)/admin/importMap.js']
const REPORT = '.data/vitest-report.json'

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

function checkGeneratedFilesAreCurrent(): void {
  const before = GENERATED.map((f) => readFileSync(f, 'utf8'))
  run('Regenerate Payload types and import map', 'npm', ['run', '--silent', 'generate'])
  const stale = GENERATED.filter((f, i) => readFileSync(f, 'utf8') !== before[i])
  if (stale.length > 0) {
    console.error(`✗ Generated files were out of date and have been regenerated; commit them: ${stale.join(', ')}`)
    process.exit(1)
  }
}

run('Formatting (prettier)', 'npx', ['prettier', '--check', '.'])
checkGeneratedFilesAreCurrent()
// The development database is migrated and seeded as npm start does it, so a fresh clone's seed is checked too.
run('Development database: migrations and seed', 'npm', ['run', '--silent', 'seed'])
run("Astro's generated types (astro sync)", 'npx', ['astro', 'sync'])
run('Type check (tsc)', 'npx', ['tsc', '--noEmit'])

const projects = (process.env.TEST_PROJECTS ?? 'unit,int,e2e').split(',')
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  { stdio: 'inherit' },
)
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`)
  if (report.numPassedTests === 0) {
    console.error('✗ No test ran.')
    process.exit(1)
  }
}
process.exit(vitest.status ?? 1)
