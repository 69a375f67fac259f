import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { routeScope } from '../lib/buildScope'

/**
 * Every build writes which files each page of site/pages produced, so an
 * incremental build knows which of the live site's files to take for the
 * routes it did not render (scripts/build-site.ts). Every build also checks
 * that each page is declared in lib/buildScope.ts, so a new page fails the
 * build until it says what it shows.
 */
export const ROUTE_MANIFEST_PATH = '_build/routes.json'

/** Page file under site/pages -> the files it produced, relative to the site, sorted. */
export type RouteManifest = Record<string, string[]>

export function readRouteManifest(site: string): RouteManifest | undefined {
  try {
    return JSON.parse(readFileSync(resolve(site, ROUTE_MANIFEST_PATH), 'utf8')) as RouteManifest
  } catch {
    return undefined
  }
}

export function writeRouteManifest(site: string, manifest: RouteManifest): void {
  const sorted = Object.fromEntries(
    Object.keys(manifest)
      .sort()
      .map((page) => [page, [...manifest[page]].sort()]),
  )
  mkdirSync(dirname(resolve(site, ROUTE_MANIFEST_PATH)), { recursive: true })
  writeFileSync(resolve(site, ROUTE_MANIFEST_PATH), `${JSON.stringify(sorted, null, 1)}\n`)
}

const pageOfEntrypoint = (entrypoint: string) => /(?:^|\/)pages\/(.+)$/.exec(entrypoint)?.[1]

export function routeManifest(): AstroIntegration {
  const pageOfPattern = new Map<string, string>()
  return {
    name: 'fairer-city:route-manifest',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        for (const route of routes) {
          if (route.origin !== 'project') continue
          const page = pageOfEntrypoint(route.entrypoint)
          if (!page) continue
          routeScope(page) // throws for an undeclared page
          pageOfPattern.set(route.pattern, page)
        }
      },
      'astro:build:done': ({ dir, assets }) => {
        const site = fileURLToPath(dir)
        const manifest: RouteManifest = {}
        for (const [pattern, files] of assets) {
          const page = pageOfPattern.get(pattern)
          if (page) manifest[page] = files.map((file) => relative(site, fileURLToPath(file)))
        }
        writeRouteManifest(site, manifest)
      },
    },
  }
}
