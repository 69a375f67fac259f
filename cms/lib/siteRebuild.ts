import { spawn } from 'node:child_process'
import { config } from '../../domain/config'
import { createRebuildScheduler, type RebuildScheduler, type RebuildScope } from './siteRebuildScheduler'

/**
 * The CMS process's one scheduler. Builds run `npm run build:site` in a child
 * process, which swaps the finished site into place, so readers never see a
 * half-built site. Only `npm start` (and the end-to-end tests) turn it on, with
 * SITE_REBUILD=on; tests of the Local API never spawn builds.
 */
const globalKey = Symbol.for('fairer-city.site-rebuild')
type GlobalWithScheduler = typeof globalThis & { [globalKey]?: RebuildScheduler }

function spawnBuild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build:site', '--', ...args], {
      stdio: 'inherit',
      env: { ...process.env, SITE_REBUILD: 'off' },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`site build exited with code ${code}`))))
  })
}

/**
 * Changes scoped to organisations build incrementally (scripts/build-site.ts,
 * `--organisations=`); if that fails (no live site yet, a page missing from
 * it), a full build follows, which is the source of truth either way.
 */
async function runBuild(reasons: string[], scope: RebuildScope | undefined): Promise<void> {
  console.log(`[site] rebuilding: ${reasons.slice(0, 5).join('; ')}${reasons.length > 5 ? ` and ${reasons.length - 5} more` : ''}`)
  if (scope && scope.organisations.length > 0) {
    try {
      return await spawnBuild([`--organisations=${scope.organisations.join(',')}`])
    } catch (error) {
      console.warn(`[site] incremental build failed (${(error as Error).message}); building in full.`)
    }
  }
  return spawnBuild([])
}

export function siteRebuildEnabled(): boolean {
  return config.siteRebuild
}

export function siteRebuildScheduler(): RebuildScheduler {
  // Kept on globalThis because Next may load this module more than once.
  const g = globalThis as GlobalWithScheduler
  g[globalKey] ??= createRebuildScheduler({
    run: runBuild,
    debounceMs: config.siteRebuildDebounceMs,
    onError: (error) => console.error('[site] rebuild failed; the previous site stays live.', error),
  })
  return g[globalKey]
}
