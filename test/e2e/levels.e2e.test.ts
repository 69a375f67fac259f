import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { SYNTHETIC_QUESTION } from './levelsFixtures'
import { LEVEL_TEMPLATES, PAGE_TEMPLATES } from './pages'

let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('the levels of the programme’s metrics (synthetic series from the e2e setup)', () => {
  it('draws each survey wave’s interval and says in one sentence which change is real', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/progress/survey/')
    await expect(page.getByRole('heading', { level: 2, name: SYNTHETIC_QUESTION })).toBeDefined()
    // Four figures, each with a sample: four interval bars.
    await expect(page.locator('figure.chart svg line.interval').count()).resolves.toBe(4)
    const summary = await page.locator('[id^="summary-"]').first().textContent()
    expect(summary).toContain(
      'All Londoners: From Wave 1 to Wave 2 the share went from 40.0% to 46.0%, +6.0 points (95% interval +1.7 to +10.3): larger than the margin of error',
    )
    expect(summary).toMatch(/Disabled Londoners: .*within the margin of error/)
    await expect(page.getByText('Each wave of this tracking will ask a different sample of respondents').count()).resolves.toBe(1)
    await expect(page.getByText('Source: Synthetic survey.').count()).resolves.toBe(1)
    await expect(page.getByText('Synthetic: made up for the end-to-end tests', { exact: false }).count()).resolves.toBeGreaterThan(0)
    await page.close()
  })

  it('says city-wide changes cannot be attributed to the plan', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/progress/city-indicators/')
    await expect(page.getByText('City-wide changes cannot be attributed to the plan').count()).resolves.toBe(1)
    await expect(page.locator('figure.chart svg').count()).resolves.toBe(1)
    await page.close()
  })

  it('states the base of every programme figure, against the aim of 100', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/progress/')
    await expect(page.locator('#adoption-heading + p').textContent()).resolves.toMatch(/\d+ of the aim of 100/)
    await expect(page.getByText(/Base: participants/).count()).resolves.toBeGreaterThan(1)
    await page.close()
  })

  it.each([
    ...LEVEL_TEMPLATES,
    ...PAGE_TEMPLATES.filter((p) => p.path.startsWith('/progress/') || p.path === '/data/programme-indicators/'),
  ])('$name is no wider than a 375 px phone', async ({ path }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(site() + path)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(375)
    await context.close()
  })
})
