/**
 * `npm start`: everything a newcomer needs, on one machine.
 *  1. applies the database migrations and seeds the plan and the source documents'
 *     organisations (only what is missing: edits are never overwritten);
 *  2. builds the public site, its search index and datasets;
 *  3. serves the site, and starts the Payload admin and API (Next.js), which
 *     rebuilds the site whenever published content changes.
 * Ports: CMS_PORT (3000) and SITE_PORT (4321). Add --production to run the CMS
 * from a production build (then PAYLOAD_SECRET must be set).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { resolvePayloadSecret } from '../cms/secret'
import { config } from '../domain/config'
import { missingReferenceWarnings } from '../domain/reference/referenceFiles'
import { startStaticServer } from '../site/serve/staticServer'

const production = process.argv.includes('--production')
const { cmsPort, sitePort, host, cmsUrl, siteUrl } = config

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: production ? config.payloadSecret : resolvePayloadSecret(),
  CMS_URL: cmsUrl,
  SITE_URL: siteUrl,
}

function runOrExit(label: string, args: string[]): void {
  console.log(`\n▶ ${label}`)
  const result = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`✗ ${label} failed; see the messages above.`)
    process.exit(result.status ?? 1)
  }
}

for (const warning of missingReferenceWarnings()) console.warn(`\n⚠ Reference data missing: ${warning}`)

runOrExit('Database: migrations and seed content', ['seed'])
runOrExit('Public site: pages, search index and datasets', ['build:site'])
if (production) runOrExit('CMS: production build', ['cms:build'])

const server = await startStaticServer(resolve(config.siteDistDir, 'site'), sitePort, host)
const cms: ChildProcess = spawn('npx', ['next', production ? 'start' : 'dev', 'cms', '--port', String(cmsPort), '--hostname', host], {
  stdio: 'inherit',
  // Next may run from cms/; reference paths (../shared/data) are resolved from the repository root.
  // --expose-gc: an import uploaded in the admin collects garbage every 500 rows, as the CLI's does (cms/importers/pipeline/collectGarbage.ts).
  env: {
    ...env,
    SITE_REBUILD: 'on',
    PORTAL_ROOT: config.projectRoot,
    NODE_OPTIONS: [env.NODE_OPTIONS, '--expose-gc'].filter(Boolean).join(' '),
  },
})

console.log(`
  Public portal:   ${siteUrl}/
  Payload admin:   ${cmsUrl}/admin   (REST API at ${cmsUrl}/api, GraphQL at ${cmsUrl}/api/graphql)

  First time? Create the administrator first: npm run admin:create -- --email you@example.org
  ${production ? '' : 'The admin compiles on its first visit, which takes a minute.\n  '}Publishing in the admin rebuilds the portal within seconds. Stop with Ctrl+C.
`)

const stop = () => {
  cms.kill('SIGTERM')
  server.close()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
cms.on('exit', (code) => {
  server.close()
  process.exit(code ?? 0)
})
