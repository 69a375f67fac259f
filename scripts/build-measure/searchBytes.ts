import type { Server } from 'node:http'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../../test/e2e/browser'
import { startStaticServer } from '../../site/serve/staticServer'

/**
 * What searches cost a reader: load /search/?q=<first> in Chromium and add up
 * every Pagefind file fetched until results show and the network is idle; then
 * type each later query into the same page and count only what that one adds.
 * `bytes` is what the static server sends (it does not compress); `gzipped`
 * what a server compressing responses would send.
 */
export async function searchBytes(
  siteDir: string,
  queries: string[],
  port = 4556,
): Promise<Array<{ bytes: number; gzipped: number; requests: number }>> {
  const server: Server = await startStaticServer(siteDir, port)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    let bytes = 0
    let gzipped = 0
    let requests = 0
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return
      requests++
      const body = await response.body().catch(() => Buffer.alloc(0))
      bytes += body.length
      gzipped += gzipSync(body).length
    })
    const results: Array<{ bytes: number; gzipped: number; requests: number }> = []
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(queries[0])}`)
    await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    results.push({ bytes, gzipped, requests })
    for (const query of queries.slice(1)) {
      bytes = 0
      gzipped = 0
      requests = 0
      await page.fill('.pagefind-ui__search-input', query)
      await page.waitForTimeout(1500)
      await page.waitForLoadState('networkidle')
      results.push({ bytes, gzipped, requests })
    }
    return results
  } finally {
    await browser.close()
    server.close()
  }
}
