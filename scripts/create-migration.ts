/**
 * Creates a Payload migration for a schema change, then marks its type-only
 * imports as `import type`: Payload generates `import { MigrateUpArgs, ... }`,
 * which Node's ESM loader (under tsx and vitest) rejects because those names are
 * types with no runtime export.
 * Usage: npm run migrate:create -- name_of_change
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../domain/config'

const name = process.argv[2] ?? 'change'
const result = spawnSync('npx', ['payload', 'migrate:create', name], {
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' },
})
if (result.status !== 0) process.exit(result.status ?? 1)

const dir = resolve(config.migrationsDir, 'sqlite')
for (const file of readdirSync(dir).filter((f) => /^\d.*\.ts$/.test(f))) {
  const path = resolve(dir, file)
  const text = readFileSync(path, 'utf8')
  const fixed = text.replace(
    /^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '@payloadcms\/db-sqlite'$/m,
    "import { sql } from '@payloadcms/db-sqlite'\nimport type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'",
  )
  if (fixed !== text) writeFileSync(path, fixed)
}
