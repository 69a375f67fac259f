import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { existsSync } from 'node:fs'
import { GLA_TABLES, GPG_2022, GRANTS } from './globalSetup'
import { FUNDING_TEMPLATES, LEVEL_TEMPLATES, PAGE_TEMPLATES, PAY_GAP_TEMPLATES } from './pages'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('the axe scan itself', () => {
  it('reports violations on a page that has them, so a clean result means something', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.setContent('<html><body><img src="x.png"><a href="/"></a><p style="color:#eee;background:#fff">faint</p></body></html>')
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(results.violations.map((v) => v.id).sort()).toEqual(
      expect.arrayContaining(['color-contrast', 'html-has-lang', 'image-alt', 'link-name']),
    )
    await context.close()
  })
})

describe('every page template passes axe (WCAG 2.2 AA) with zero violations', () => {
  const templates = [
    ...PAGE_TEMPLATES,
    ...LEVEL_TEMPLATES,
    ...(existsSync(GLA_TABLES) && existsSync(GPG_2022) ? PAY_GAP_TEMPLATES : []),
    ...(existsSync(GRANTS) ? FUNDING_TEMPLATES : []),
  ]
  it.each(templates)('$name ($path)', async ({ path }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(inject('siteUrl') + path)
    if (path.startsWith('/search')) await page.waitForSelector('.pagefind-ui__result, .pagefind-ui__message', { timeout: 15_000 })
    if (path === '/organisations/') await page.waitForSelector('#directory-status:not(:empty)')
    if (path === '/funding/') await page.waitForSelector('#funding-status:not(:empty)')
    if (path === '/funding/grants/') await page.waitForSelector('#grant-search .pagefind-ui__search-input')
    if (path === '/library/') await page.waitForSelector('#library-search .pagefind-ui__search-input')
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(summary).toEqual([])
    await context.close()
  })

  it('the CMS sign-in page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(inject('cmsUrl') + '/admin/login')
    await page.waitForSelector('input[name="email"]')
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
    await context.close()
  })
})
