import { parse } from 'csv-parse/sync'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { FIXTURE_RETURNS_ORGANISATION } from './fixtureRecords'

let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('an organisation’s annual returns', () => {
  it('are shown year by year: what moved, what is new, what was dropped, and the answers', async () => {
    const page = await browser.newPage()
    await page.goto(`${site()}/organisations/${FIXTURE_RETURNS_ORGANISATION}/`)
    const section = page.locator('section[aria-labelledby="returns-heading"]')
    const text = await section.textContent()
    expect(text).toContain('2023 against 2022: 1 step moved, 1 step new, 1 step dropped, 0 steps unchanged.')
    const steps = section.locator('table').first()
    await expect(steps.locator('thead th').allTextContents()).resolves.toEqual(['Step', '2022', '2023'])
    const row = (code: string) => steps.locator('tbody tr', { has: page.getByRole('link', { name: `Step ${code}`, exact: true }) })
    await expect(row('1.1.5').locator('td').nth(1).textContent()).resolves.toMatch(/Complete.*Moved from in progress/)
    await expect(row('1.1.1').locator('td').nth(1).textContent()).resolves.toMatch(/Planned.*New/)
    await expect(row('2.4.1').locator('td').nth(1).textContent()).resolves.toBe('Dropped')
    // The date typed as 01/11/2026 is 1 November 2026.
    await expect(row('2.4.1').locator('td').first().textContent()).resolves.toContain('Target: 1 November 2026')
    const metrics = section.locator('table').nth(1)
    // Metrics are listed by code; the Living Wage question's row answers no, then yes.
    const livingWage = metrics.locator('tbody tr', { hasText: 'Are you a Living Wage Employer?' })
    await expect(livingWage.locator('td').allTextContents()).resolves.toEqual(['No', 'Yes'])
    // The pay gap answer is beside the London median computed from the imported data, with its base.
    await expect(metrics.locator('tbody tr', { hasText: 'E2E-1.3' }).textContent()).resolves.toMatch(
      /9\.5%London: [\d.]+% \(Reporting year 2022-23; Median of the median hourly gender pay gaps reported by [\d,]+ London employers/,
    )
  })

  it('are downloadable, one row per organisation, year and step, and per metric answer', async () => {
    const rows = parse(await (await fetch(`${site()}/data/returns.csv`)).text(), { columns: true }) as Array<Record<string, string>>
    const mine = rows.filter((r) => r.organisation_slug === FIXTURE_RETURNS_ORGANISATION)
    expect(mine.map((r) => [r.year, r.step_code, r.status, r.target_date])).toEqual([
      ['2022', '1.1.5', 'in-progress', ''],
      ['2022', '2.4.1', 'planned', '2026-11-01'],
      ['2023', '1.1.5', 'complete', ''],
      ['2023', '1.1.1', 'planned', ''],
    ])
    const answers = parse(await (await fetch(`${site()}/data/metric-answers.csv`)).text(), { columns: true }) as Array<
      Record<string, string>
    >
    expect(
      answers.filter((r) => r.organisation_slug === FIXTURE_RETURNS_ORGANISATION).map((r) => [r.year, r.metric_code, r.answer, r.value]),
    ).toEqual([
      ['2022', 'L3-4.1', 'no', ''],
      ['2022', 'E2E-1.3', '', '9.5'],
      ['2023', 'L3-4.1', 'yes', ''],
      ['2023', 'E2E-1.3', '', '7.25'],
    ])
  })
})
