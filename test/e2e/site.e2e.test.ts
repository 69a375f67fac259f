import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

let browser: Browser
let page: Page
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('a member of the public', () => {
  it('browses from the home page to an organisation and its commitments', async () => {
    page = await browser.newPage()
    await page.goto(site() + '/')
    await expect(page.locator('h1').textContent()).resolves.toContain('Building a Fairer City')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click()
    // The directory may run to thousands of employers: find it by name, as a reader would.
    await page.getByLabel('Name contains').fill('Royal Docks')
    await page.getByRole('link', { name: 'Royal Docks Team' }).click()
    await expect(page.locator('h1').textContent()).resolves.toBe('Royal Docks Team')
    const body = await page.locator('main').textContent()
    expect(body).toContain('Royal Docks was established as a Living Wage Place in July 2022.')
    expect(body).toContain('Step 2.4.3')
    // The chart has its summary and a data table.
    await expect(page.locator('figure.chart p').first().textContent()).resolves.toMatch(/Royal Docks Team has 1 published commitment/)
    await expect(page.locator('figure.chart table tbody tr').count()).resolves.toBe(5)
  })

  it('filters the directory by sector and borough, and the choice stays in the address', async () => {
    page = await browser.newPage()
    await page.goto(site() + '/organisations/')
    const status = page.locator('#directory-status')
    await page.waitForFunction(() => document.querySelector('#directory-status')?.textContent?.includes('match'))
    const all = Number((await status.textContent())!.match(/\d+/)![0])
    await page.getByLabel('Sector').selectOption('local-government')
    await page.waitForFunction((n) => !document.querySelector('#directory-status')?.textContent?.startsWith(`${n} `), all)
    const councils = await page.locator('#directory-results li').allTextContents()
    expect(councils.length).toBeGreaterThan(1)
    expect(councils.every((c) => c.includes('Local government'))).toBe(true)
    await page.getByLabel('Borough').selectOption('lambeth')
    await expect(page.locator('#directory-results li').allTextContents()).resolves.toEqual([expect.stringContaining('Lambeth Council')])
    expect(page.url()).toContain('sector=local-government')
    expect(page.url()).toContain('borough=lambeth')
    // Opening the shared address restores the filter.
    const shared = await browser.newPage()
    await shared.goto(page.url())
    await shared.waitForFunction(() => document.querySelector('#directory-status')?.textContent?.includes('match'))
    await expect(shared.locator('#directory-results li').count()).resolves.toBe(1)
  })

  it('filters the directory by key action', async () => {
    page = await browser.newPage()
    // Action 10 (structural racism): the publishing test never touches it, so the expectation holds in any order.
    await page.goto(site() + '/organisations/?action=10')
    await page.waitForFunction(() => document.querySelector('#directory-status')?.textContent?.includes('match'))
    const names = await page.locator('#directory-results li strong').allTextContents()
    expect(names.sort()).toEqual(['Lambeth Council', 'Transport for London'])
  })

  it('searches with Pagefind and narrows by content type', async () => {
    page = await browser.newPage()
    await page.goto(site() + '/search/?q=Lambeth')
    await page.waitForSelector('.pagefind-ui__result')
    const titles = await page.locator('.pagefind-ui__result-title').allTextContents()
    expect(titles.some((t) => t.includes('Lambeth Council'))).toBe(true)
    // Pagefind's filter groups are collapsed <details>; open "type" and tick "Plan step".
    await page.locator('summary.pagefind-ui__filter-name', { hasText: 'type' }).click()
    await page.getByLabel(/Plan step/).check()
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.pagefind-ui__result-title')].every((e) => e.textContent?.startsWith('Step ')),
    )
  })

  it('without JavaScript, still finds a useful search page and a working directory', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(site() + '/search/?q=anything')
    await expect(noJs.locator('noscript').textContent()).resolves.toContain('Search needs JavaScript')
    await noJs.goto(site() + '/organisations/')
    await expect(noJs.locator('#directory-filters').isHidden()).resolves.toBe(true)
    await expect(noJs.locator('#directory-results li').count()).resolves.toBeGreaterThan(20)
    await context.close()
  })

  it('downloads the commitments CSV and reads it back', async () => {
    page = await browser.newPage()
    await page.goto(site() + '/data/commitments/')
    const href = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')
    const response = await page.request.get(site() + href!)
    expect(response.headers()['content-type']).toContain('text/csv')
    const text = await response.text()
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>
    const json = (await (await page.request.get(site() + '/data/commitments.json')).json()) as { count: number }
    expect(rows).toHaveLength(json.count)
    expect(rows.length).toBeGreaterThanOrEqual(9)
    const royalDocks = rows.find((r) => r.organisation_slug === 'royal-docks-team')
    expect(royalDocks).toMatchObject({ step_code: '2.4.3', status: 'complete', assurance: 'self-declared' })
  })

  it('navigates by keyboard alone: skip link, main navigation, and a link followed with Enter', async () => {
    page = await browser.newPage()
    await page.goto(site() + '/')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    // From the top again: skip link, brand, then the main navigation.
    await page.goto(site() + '/')
    const focused: string[] = []
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      focused.push((await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '')
    }
    expect(focused).toEqual(['Skip to main content', 'Building a Fairer City', 'The plan', 'Organisations'])
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/organisations\/$/)
    // Every focusable element shows a visible focus indicator.
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none'
    })
    expect(outline).toBe(true)
  })
})
