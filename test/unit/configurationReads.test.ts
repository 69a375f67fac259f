import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The README promises that every environment variable is read in one module,
 * domain/config.ts, and listed in its Configuration table. This walks the
 * portal's code (not the test and benchmark scripts, whose own options the
 * README lists apart) and finds any other read of process.env. Writing a
 * variable, or passing the whole environment on to a child process, is not
 * a read of a setting.
 */
const ROOTS = ['domain', 'cms', 'site']
const SKIP = new Set(['node_modules', 'migrations', '.astro'])
const ALLOWED = new Set(['domain/config.ts'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mjs|astro)$/.test(name) ? [path] : []
  })
}

/** `process.env.NAME` or `process.env['NAME']` used as a value, not assigned to. */
const READ = /process\.env(?:\.(\w+)(?!\w)|\[['"](\w+)['"]\])(?!\s*(?:\?\?|\|\|)?=(?!=))/g

describe('environment variables', () => {
  it('are read only in domain/config.ts', () => {
    const reads: string[] = []
    for (const file of ROOTS.flatMap((root) => sourceFiles(root))) {
      const path = relative('.', file)
      if (ALLOWED.has(path)) continue
      for (const match of readFileSync(file, 'utf8').matchAll(READ)) reads.push(`${path}: ${match[1] ?? match[2]}`)
    }
    expect(reads).toEqual([])
  })

  it('each one config.ts reads is in the README’s Configuration table', () => {
    const names = new Set(
      [...readFileSync('domain/config.ts', 'utf8').matchAll(/env\('(\w+)'\)|'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]),
    )
    const readme = readFileSync('README.md', 'utf8')
    const table = readme.slice(readme.indexOf('| variable'), readme.indexOf('\n\n', readme.indexOf('| variable')))
    const missing = [...names].filter((name) => !table.includes(`\`${name}\``))
    expect(missing).toEqual([])
  })
})
