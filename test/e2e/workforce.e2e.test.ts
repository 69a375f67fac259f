import { parse } from 'csv-parse/sync'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { WORKFORCE } from './globalSetup'

const haveData = existsSync(WORKFORCE) && existsSync('../shared/data/london/census2021-ethnicity')
if (!haveData) console.warn('Skipping the workforce end-to-end tests: ../shared/data is absent.')
let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe.runIf(haveData)('a workforce profile', () => {
  it('shows staff by ethnicity against their own area’s population, citing Census 2021 (a council in Calderdale is not compared with London)', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/organisations/calderdale-council/')
    const section = page.locator('section[aria-labelledby="workforce-heading"]')
    await expect(section.locator('caption', { hasText: 'staff by ethnicity, against the population of Calderdale' }).count()).resolves.toBe(
      1,
    )
    await expect(section.textContent()).resolves.toMatch(/Census 2021, table TS021/)
    await expect(section.textContent()).resolves.not.toMatch(/Londoners/)
    // Calderdale (E08000033) in 2021: 177,836 of 206,631 residents White (86.1%), summed from the census file's counts by hand.
    await expect(section.textContent()).resolves.toMatch(
      /% of Calderdale Council’s staff who gave their ethnicity are from ethnic minority groups, against 13\.9% of residents of Calderdale/,
    )
    const white = section.locator('tr', { has: page.getByRole('rowheader', { name: 'White', exact: true }) })
    await expect(white.locator('td').last().textContent()).resolves.toBe('86.1%')
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
