import type { Server } from 'node:http'
import { launchChromium } from '../../test/e2e/browser'
import { startStaticServer } from '../../site/serve/staticServer'

/**
 * What a first search costs a reader: load the search page in Chromium, run a
 * query, and add up the bytes of every Pagefind file fetched (script, WASM,
 * index chunks, fragments) until results show.
 */
export async function firstSearchBytes(siteDir: string, query: string, port = 4555): Promise<{ bytes: number; requests: number }> {
  const server: Server = await startStaticServer(siteDir, port)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    let bytes = 0
    let requests = 0
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return
      requests++
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length
    })
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return { bytes, requests }
  } finally {
    await browser.close()
    server.close()
  }
}
