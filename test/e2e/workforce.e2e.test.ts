import { parse } from 'csv-parse/sync'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { WORKFORCE } from './globalSetup'

const haveData = existsSync(WORKFORCE) && existsSync('../shared/data/london/census2011-ethnicity')
if (!haveData) console.warn('Skipping the workforce end-to-end tests: ../shared/data is absent.')
let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe.runIf(haveData)('a workforce profile', () => {
  it('shows staff by ethnicity against London’s population, citing the Census', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/organisations/calderdale-council/')
    const section = page.locator('section[aria-labelledby="workforce-heading"]')
    await expect(section.locator('caption', { hasText: 'staff by ethnicity, against London’s population' }).count()).resolves.toBe(1)
    await expect(section.textContent()).resolves.toMatch(/Census 2011, table QS201EW/)
    // London in 2011: 4,887,435 of 8,173,941 residents White (59.8%), worked out from the census file by hand.
    await expect(section.textContent()).resolves.toMatch(
      /% of Calderdale Council’s staff who gave their ethnicity are from ethnic minority groups, against 40\.2% of Londoners/,
    )
    const white = section.locator('tr', { has: page.getByRole('rowheader', { name: 'White', exact: true }) })
    await expect(white.locator('td').last().textContent()).resolves.toBe('59.8%')
  })

  it('is downloadable in long form', async () => {
    const rows = parse(await (await fetch(site() + '/data/workforce-profiles.csv')).text(), { columns: true }) as Array<
      Record<string, string>
    >
    const calderdale = rows.filter(
      (r) => r.organisation_slug === 'calderdale-council' && r.characteristic === 'ethnicity' && r.category === 'white',
    )
    expect(calderdale.map((r) => r.headcount)).toEqual(expect.arrayContaining(['2369']))
  })
})
