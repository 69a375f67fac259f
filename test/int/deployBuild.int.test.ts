import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * A build for deployment names the public addresses it links: without SITE_URL
 * its metadata would tell harvesters localhost; without CMS_URL every page's
 * sign-in link, the library's files and "Report a problem" would post to
 * http://localhost:3000 (found building the real data with only SITE_URL set).
 * Both are refused before anything is built.
 */
const dist = mkdtempSync(join(tmpdir(), 'deploy-build-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

function deployBuild(env: Record<string, string>) {
  const { CMS_URL: _cms, SITE_URL: _site, ...rest } = process.env
  return spawnSync('npx', ['tsx', 'scripts/build-site.ts', '--deploy'], {
    env: { ...rest, SITE_DIST_DIR: dist, ...env },
    encoding: 'utf8',
  })
}

describe('a build for deployment', () => {
  it('refuses without SITE_URL', () => {
    const result = deployBuild({ CMS_URL: 'https://cms.fairer-city.example' })
    expect(result.status).toBe(78)
    expect(result.stderr).toContain('SITE_URL is not set')
  })

  it('refuses without CMS_URL, saying what would point at localhost', () => {
    const result = deployBuild({ SITE_URL: 'https://fairer-city.example' })
    expect(result.status).toBe(78)
    expect(result.stderr).toContain('CMS_URL is not set')
    expect(result.stderr).toContain('Report a problem')
  })
})
