import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { GLA_TABLES, GPG_2022 } from './globalSetup'

/**
 * The pay gap journeys of issue 12, each at a desktop and a phone width:
 * finding an employer by keyboard, sharing a view of the explorer, comparing
 * three and downloading them, and the charts and pages fitting their frames.
 */
const haveData = existsSync(GLA_TABLES) && existsSync(GPG_2022)
if (!haveData) console.warn('Skipping the pay gap journeys: ../shared/data is absent, so no pay gaps were imported.')
let browser: Browser
const site = () => inject('siteUrl')
const EXPLORER = '/pay-gaps/gender/2022/'

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

const WIDTHS = [1280, 375]

async function pageAt(width: number, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options })
  return context.newPage()
}

async function explorerReady(page: Page) {
  await page.waitForSelector('#pay-gap-filters:not([hidden])')
}

describe.runIf(haveData).each(WIDTHS)('at %i px', (width) => {
  it('finds an employer by typing part of its name, by keyboard alone', async () => {
    for (const start of ['/', EXPLORER]) {
      const page = await pageAt(width)
      await page.goto(site() + start)
      const box = page.getByRole('combobox', { name: start === '/' ? 'Find an employer’s pay gaps' : 'Find an employer' })
      await box.focus()
      await page.keyboard.type('transport for lon')
      const options = page.locator('.employer-search').getByRole('option')
      await expect.poll(() => options.count()).toBeGreaterThan(0)
      await expect.poll(() => page.locator('.employer-search [role="status"]').first().textContent()).toMatch(/employers? found/)
      await page.keyboard.press('ArrowDown')
      await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await options.first().getAttribute('id'))
      await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true')
      const chosen = await options.first().textContent()
      expect(chosen).toBe('Transport for London')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/organisations\/transport-for-london\/pay-gaps\/$/)
      await expect(page.locator('h1').textContent()).resolves.toBe('Transport for London: pay gaps')
      await page.context().close()
    }
  })

  it('finds an employer by its abbreviation, never by letters inside a word', async () => {
    const page = await pageAt(width)
    await page.goto(site() + EXPLORER)
    const box = page.getByRole('combobox', { name: 'Find an employer' })
    await box.fill('TfL')
    await expect.poll(() => page.locator('.employer-search').getByRole('option').first().textContent()).toBe('Transport for London')
    await box.fill('ransport')
    await expect.poll(() => page.locator('.employer-search [role="status"]').first().textContent()).toMatch(/^No employer/)
    await expect(page.locator('.employer-search').getByRole('option').count()).resolves.toBe(0)
    await page.context().close()
  })

  it('keeps filters, sort and page in the address: shared, reopened, and undone by Back', async () => {
    const page = await pageAt(width)
    await page.goto(site() + EXPLORER)
    await explorerReady(page)
    await page.getByLabel('Size', { exact: true }).selectOption('very-large')
    await page.waitForURL(/size=very-large/)
    const filtered = page.url()
    await page.getByRole('button', { name: 'Organisation' }).click()
    await page.waitForURL(/sort=name&order=ascending/)
    const firstOfSorted = await page.locator('#pay-gap-table tbody tr td:first-child a').first().textContent()
    const next = page.getByRole('button', { name: 'Next page' })
    if ((await next.count()) > 0) {
      await next.click()
      await page.waitForURL(/page=2/)
    }
    const shared = page.url()
    const names = await page.locator('#pay-gap-table tbody tr td:first-child a').allTextContents()

    const other = await pageAt(width)
    await other.goto(shared)
    await explorerReady(other)
    await expect.poll(() => other.locator('#pay-gap-table tbody tr td:first-child a').allTextContents()).toEqual(names)
    await expect(other.getByLabel('Size', { exact: true }).inputValue()).resolves.toBe('very-large')
    await expect(other.locator('th', { has: other.getByRole('button', { name: 'Organisation' }) }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    )
    await other.context().close()

    await page.goBack()
    if (shared.includes('page=2')) {
      await page.waitForURL((url) => !url.search.includes('page=2'))
      await expect.poll(() => page.locator('#pay-gap-table tbody tr td:first-child a').first().textContent()).toBe(firstOfSorted)
      await page.goBack()
    }
    await page.waitForURL(filtered)
    await expect(page.locator('th', { has: page.getByRole('button', { name: 'Median gap' }) }).getAttribute('aria-sort')).resolves.toBe(
      'descending',
    )
    await expect(page.getByLabel('Size', { exact: true }).inputValue()).resolves.toBe('very-large')
    await page.context().close()
  })

  it('compares three from a basket that stays in reach, keeps focus on Remove, and downloads every figure', async () => {
    const page = await pageAt(width, { acceptDownloads: true })
    await page.goto(site() + EXPLORER)
    await explorerReady(page)
    const boxes = page.locator('#pay-gap-table tbody input[type="checkbox"]')
    const size = await boxes.first().boundingBox()
    expect(size!.width).toBeGreaterThanOrEqual(24)
    expect(size!.height).toBeGreaterThanOrEqual(24)
    for (let i = 0; i < 4; i++) await boxes.nth(i).check()
    const submit = page.locator('#compare-submit')
    await expect(submit.textContent()).resolves.toBe('Compare (4)')
    // The basket is on screen while the reader is still at the top of a 250-row table.
    const box = (await submit.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(900)
    expect(box.y).toBeGreaterThanOrEqual(0)
    // Remove the second: focus moves to the next one's Remove button, not the page body.
    const removes = page.locator('#compare-basket-list button')
    const third = await removes.nth(2).textContent()
    await removes.nth(1).focus()
    await page.keyboard.press('Enter')
    await expect(submit.textContent()).resolves.toBe('Compare (3)')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(third)
    await submit.click()
    await page.waitForURL(/\/pay-gaps\/compare\/\?orgs=/)
    await page.waitForSelector('#compare-result table')
    await expect(page.locator('#compare-result thead th a').count()).resolves.toBe(3)
    const rowLabels = await page.locator('#compare-result tbody th').allTextContents()
    expect(rowLabels).toContain('Women’s share of the lower quarter')
    expect(rowLabels.join(' ')).not.toMatch(/Comparison group/)
    const shown = await page
      .locator('#compare-result tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the selection as CSV' }).click(),
    ])
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(3)
    expect(rows.every((r) => r.year === '2022-23')).toBe(true)
    // Every percentage the page shows for an organisation is in its CSV row.
    rows.forEach((row, column) => {
      const values = new Set(Object.values(row))
      for (const cells of shown) {
        const figure = cells[column].match(/^(-?\d+(?:\.\d+)?)%$/)
        if (figure) expect([...values].some((v) => v !== '' && Math.abs(Number(v) - Number(figure[1])) < 0.051)).toBe(true)
      }
    })
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['lower_quarter_comparison_share', 'upper_quarter_comparison_share']))

    // Removing the last one on the compare page leaves focus on the heading.
    for (let i = 0; i < 3; i++) {
      await page.locator('#compare-result thead button').first().focus()
      await page.keyboard.press('Enter')
    }
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    await page.context().close()
  })
})

describe.runIf(haveData)('pay gap pages on a 375 px phone', () => {
  const pages = [
    '/pay-gaps/',
    EXPLORER,
    '/pay-gaps/compare/?orgs=greater-london-authority,transport-for-london,lambeth-council',
    '/organisations/greater-london-authority/pay-gaps/',
    '/organisations/transport-for-london/pay-gaps/',
  ]
  it.each(pages)('%s is no wider than the screen', async (path) => {
    const page = await pageAt(375)
    await page.goto(site() + path)
    if (path.includes('compare')) await page.waitForSelector('#compare-result table')
    if (path === EXPLORER) await explorerReady(page)
    const { document, viewport } = await page.evaluate(() => ({
      document: window.document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(document).toBeLessThanOrEqual(viewport)
    // What is wider scrolls inside a labelled region the keyboard can reach.
    const regions = await page
      .locator('.table-scroll')
      .evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => [el.getAttribute('role'), el.getAttribute('aria-label') !== null, el.getAttribute('tabindex')]),
      )
    for (const region of regions) expect(region).toEqual(['region', true, '0'])
    await page.context().close()
  })
})

/** For every chart on the page: each bar's ends, and the axis's gridlines, in SVG units. */
async function barsAndGridlines(page: Page) {
  return page.locator('figure.chart svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const lines = [...svg.querySelectorAll('g.axis line')].map((l) => ({
        x1: Number(l.getAttribute('x1')),
        x2: Number(l.getAttribute('x2')),
        y1: Number(l.getAttribute('y1')),
        y2: Number(l.getAttribute('y2')),
      }))
      const bars = [...svg.querySelectorAll('rect.bar')].map((r) => ({
        x: Number(r.getAttribute('x')),
        y: Number(r.getAttribute('y')),
        width: Number(r.getAttribute('width')),
        height: Number(r.getAttribute('height')),
      }))
      const horizontal = lines.filter((l) => l.y1 === l.y2).map((l) => l.y1)
      const vertical = lines.filter((l) => l.x1 === l.x2).map((l) => l.x1)
      return { horizontal, vertical, bars }
    }),
  )
}

describe.runIf(haveData)('every bar inside its axis', () => {
  it.each([EXPLORER, '/organisations/greater-london-authority/', '/organisations/lambeth-council/'])('%s', async (path) => {
    const page = await pageAt(1280)
    await page.goto(site() + path)
    const charts = await barsAndGridlines(page)
    const withBars = charts.filter((c) => c.bars.length > 0)
    expect(withBars.length).toBeGreaterThan(0)
    for (const chart of withBars) {
      if (chart.horizontal.length > 0) {
        // Vertical bars: the top gridline is at or above (smaller y than) the tallest bar; the lowest at or below the deepest.
        const top = Math.min(...chart.horizontal)
        const bottom = Math.max(...chart.horizontal)
        for (const bar of chart.bars) {
          expect(bar.y).toBeGreaterThanOrEqual(top - 0.01)
          expect(bar.y + bar.height).toBeLessThanOrEqual(bottom + 0.01)
        }
      } else {
        const right = Math.max(...chart.vertical)
        for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(right + 0.01)
      }
    }
    await page.context().close()
  })
})
