import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from '../../site/serve/staticServer'
import { writeFundingFixtures } from './fundingFixtures'
import { writeLevelFixtures } from './levelsFixtures'

/**
 * Brings up the portal as `npm start --production` would, on its own database and
 * ports: migrations and seed, the built site (served as files), and the Payload
 * CMS from a production Next build with site rebuilds switched on.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    adminEmail: string
    adminPassword: string
  }
}

const workDir = resolve('.data/e2e')
export const GLA_TABLES = resolve('../shared/data/london/gla-pay-gap/gla_pay_gap_tables_tidy.csv')
export const GPG_2022 = resolve('../shared/data/gpg/gpg_london_2022-23.csv')
export const WORKFORCE = resolve('../shared/data/workforce-diversity/leeds-city-region/combined.csv')
export const GRANTS = resolve('../shared/data/360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json')
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3310)
const sitePort = Number(process.env.E2E_SITE_PORT ?? 4410)
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const siteUrl = `http://127.0.0.1:${sitePort}`

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`e2e setup: ${label} failed (exit ${result.status ?? result.signal})`)
  console.log(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`e2e setup: ${url} did not answer within ${timeoutMs / 1000} s`)
}

export default async function setup(project: TestProject) {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${resolve(workDir, 'portal.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_DIST_DIR: resolve(workDir, 'dist'),
    SITE_URL: siteUrl,
    CMS_URL: cmsUrl,
    SITE_REBUILD_DEBOUNCE_MS: '300',
    IMPORT_UPLOAD_DIR: resolve(workDir, 'imports'),
    RESOURCE_UPLOAD_DIR: resolve(workDir, 'resource-files'),
    RELEASE_UPLOAD_DIR: resolve(workDir, 'dataset-releases'),
  }
  run('migrate and seed', 'npm', ['run', '--silent', 'seed'], env)
  // Real published pay gaps, when shared/data is beside the project (tests that need them skip otherwise).
  if (existsSync(GLA_TABLES)) run('import the GLA pay gap tables', 'npm', ['run', '--silent', 'import', '--', 'gla', GLA_TABLES], env)
  if (existsSync(WORKFORCE))
    run('import the Open Innovations workforce profiles', 'npm', ['run', '--silent', 'import', '--', 'workforce', WORKFORCE], env)
  if (existsSync(GPG_2022))
    run('import the Gender Pay Gap Service 2022-23 London file', 'npm', ['run', '--silent', 'import', '--', 'gpg', GPG_2022], env)
  // Grants need the 360Giving schemas from shared/data to validate against.
  if (existsSync(GRANTS)) {
    run('import A B Charitable Trust’s 360Giving grants', 'npm', ['run', '--silent', 'import', '--', 'grants', GRANTS], env)
    const fixtures = writeFundingFixtures(workDir)
    run('import the test funder’s grants', 'npm', ['run', '--silent', 'import', '--', 'grants', fixtures.grants], env)
    run('import its applications', 'npm', ['run', '--silent', 'import', '--', 'funding-applications-template', fixtures.applications], env)
    run('import its target', 'npm', ['run', '--silent', 'import', '--', 'funding-targets-template', fixtures.targets], env)
  }
  // Synthetic level-1 and level-2 series (the seeds hold none), imported through the templates as a curator would.
  const levels = writeLevelFixtures(workDir)
  run('import synthetic survey waves', 'npm', ['run', '--silent', 'import', '--', 'survey-results-template', levels.survey], env)
  run(
    'import synthetic city-wide indicators',
    'npm',
    ['run', '--silent', 'import', '--', 'city-indicators-template', levels.indicators],
    env,
  )
  run('add a library resource', 'npx', ['tsx', 'test/e2e/libraryFixture.ts'], env)
  run('add two annual returns', 'npx', ['tsx', 'test/e2e/returnsFixture.ts'], env)
  // The first administrator, made on the command line as README's Start says (the sign-up screen is refused).
  const adminEmail = 'admin@e2e.test'
  const adminPassword = randomBytes(12).toString('hex')
  run('create the first administrator', 'npm', ['run', '--silent', 'admin:create', '--', '--email', adminEmail, '--name', 'E2E Admin'], {
    ...env,
    ADMIN_PASSWORD: adminPassword,
  })
  run('build the site', 'npm', ['run', '--silent', 'build:site'], env)
  if (!process.env.E2E_REUSE_CMS_BUILD) run('build the CMS (next build)', 'npm', ['run', '--silent', 'cms:build'], env)

  const server: Server = await startStaticServer(resolve(workDir, 'dist/site'), sitePort)
  const cms: ChildProcess = spawn('npx', ['next', 'start', 'cms', '--port', String(cmsPort), '--hostname', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, SITE_REBUILD: 'on' },
    detached: true,
  })
  await waitFor(`${cmsUrl}/api/users/me`, 120_000)

  project.provide('siteUrl', siteUrl)
  project.provide('cmsUrl', cmsUrl)
  project.provide('adminEmail', adminEmail)
  project.provide('adminPassword', adminPassword)

  return async () => {
    if (cms.pid) process.kill(-cms.pid, 'SIGTERM')
    await new Promise<void>((r) => server.close(() => r()))
  }
}
