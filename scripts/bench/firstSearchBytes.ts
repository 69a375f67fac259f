import type { Server } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../test/e2e/browser'
import { startStaticServer } from '../../site/serve/staticServer'

export interface SearchCost {
  /** Bytes as the static server sends them (it does not compress). */
  bytes: number
  /** What a server gzipping every response would send (Pagefind's index files are gzip already). */
  gzipped: number
  requests: number
}

export interface SearchCosts {
  first: SearchCost
  later: SearchCost
  /** A later search that ticks one filter: what loading that group's chunk adds. */
  filtered: SearchCost
}

/**
 * What searching costs a reader, in a real Chromium: load /search/?q=<first>
 * and add up everything the search fetches until results show and the network
 * is idle (Pagefind's script, WASM, page list, index chunks, fragments, the
 * filter list, and the site's search script); then type a later query into the
 * same page, and then tick a filter, counting only what each adds.
 */
export async function searchCosts(siteDir: string, first: string, later: string, port = 4555): Promise<SearchCosts> {
  const server: Server = await startStaticServer(siteDir, port)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    let cost: SearchCost = { bytes: 0, gzipped: 0, requests: 0 }
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname
      if (!path.startsWith('/pagefind/') && !(path.startsWith('/_astro/') && path.endsWith('.js'))) return
      const body = await response.body().catch(() => Buffer.alloc(0))
      cost.requests++
      cost.bytes += body.length
      cost.gzipped += gzipSync(body).length
    })
    const settle = async (page: Page, query: string) => {
      await page.waitForFunction((q) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(`for “${q}”`), query, {
        timeout: 60_000,
      })
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
    }
    const measure = async (action: () => Promise<void>, query: string): Promise<SearchCost> => {
      cost = { bytes: 0, gzipped: 0, requests: 0 }
      await action()
      await settle(page, query)
      return cost
    }
    const firstCost = await measure(async () => {
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(first)}`)
    }, first)
    const laterCost = await measure(() => page.fill('.pagefind-ui__search-input', later), later)
    const filteredCost = await measure(async () => {
      await page.locator('summary.pagefind-ui__filter-name', { hasText: 'Type' }).click()
      await page.getByLabel(/^Organisation/).check()
    }, later)
    return { first: firstCost, later: laterCost, filtered: filteredCost }
  } finally {
    await browser.close()
    server.close()
  }
}
