import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'
import { FUNDER } from './fundingFixtures'
import { GRANTS } from './globalSetup'

const haveData = existsSync(GRANTS)
if (!haveData) console.warn('Skipping the funding end-to-end tests: ../shared/data is absent, so no grants were imported.')
let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

/** The measures table's row for the test funder: cell texts by column heading. */
async function funderRow(page: import('playwright-core').Page): Promise<Record<string, string>> {
  const table = page.locator('#share-table table')
  const headings = await table.locator('thead th').allTextContents()
  const row = table.locator('tbody tr', { hasText: FUNDER.name })
  await expect(row.count()).resolves.toBe(1)
  const cells = await row.locator('th, td').allTextContents()
  return Object.fromEntries(headings.map((h, i) => [h, cells[i]]))
}

describe.runIf(haveData)('the funding equity dashboard', () => {
  it('states each share with its base, and draws its interval with a table beside the chart', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/funding/')
    const row = await funderRow(page)
    // Worked by hand in fundingFixtures.ts: £2,000 of £4,000 asked and answered; 2 of 3 grants.
    expect(row['Asked and answered (the base)']).toBe('3£4,000')
    expect(row['Not asked']).toBe('1')
    expect(row['Equalities-led, by amount']).toBe('50%')
    expect(row['Equalities-led, by count (95% interval)']).toMatch(/^67% \(\d+% to \d+%\)$/)
    expect(row['Own target']).toBe('30% of funding: met (50%)')
    // The chart is an image with a name and a description, and the same figures are in the table.
    const chart = page.locator('#share-chart svg')
    await expect(chart.getAttribute('role')).resolves.toBe('img')
    await expect(page.locator(`#${await chart.getAttribute('aria-labelledby')}`).textContent()).resolves.toContain('Share of grants')
    await expect(page.locator('#share-chart svg line.interval').count()).resolves.toBeGreaterThan(0)
    // A Trust that never asked has no share: said once, in a sentence, rather than as 0% or as a row per year with no base.
    await expect(page.locator('#share-table tbody tr', { hasText: 'A B Charitable Trust' }).count()).resolves.toBe(0)
    await expect(page.locator('#share-not-asked').textContent()).resolves.toMatch(
      /^783 grants from A B Charitable Trust do not record whether the recipient is led by communities facing inequity/,
    )
    await expect(page.locator('main').textContent()).resolves.not.toContain('no base')
    // The interval is explained in words beside the figures.
    await expect(page.locator('#share-section .explainer').textContent()).resolves.toContain('95 times in 100')
    await expect(page.locator('#success-table').textContent()).resolves.toContain('user-led applicants were funded at 25%')
  })

  it('says once on a funder’s profile that it asked no DEI question, rather than a row of "no base" a year', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/organisations/a-b-charitable-trust/')
    const section = page.locator('section[aria-labelledby="funder-heading"]')
    await expect(section.textContent()).resolves.toContain(
      'None of these grants records whether the recipient is led by communities facing inequity',
    )
    await expect(section.textContent()).resolves.not.toContain('no base')
    await page.close()
  })

  it('recomputes every measure when filtered by year and by the communities that lead recipients', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/funding/')
    await page.waitForSelector('#funding-status:not(:empty)')
    await page.getByLabel('Year', { exact: true }).selectOption('2024')
    await expect(page.locator('#share-table tbody tr', { hasText: 'A B Charitable Trust' }).count()).resolves.toBe(0)
    await page.getByLabel('Led by (DEI taxonomy)').selectOption({ label: 'Communities experiencing racial inequity' })
    const row = await funderRow(page)
    expect(row['Equalities-led, by amount']).toBe('25%')
    expect(row['Own target']).toBe('30% of funding: not met (25%)')
    await expect(page.locator('#funding-status').textContent()).resolves.toMatch(/^Showing 4 of 787 grants/)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(async () => (await funderRow(page))['Equalities-led, by amount']).toBe('50%')
  })

  it('publishes the measures and the grants as data, and a grant page for each grant', async () => {
    const measures = parse(await (await fetch(site() + '/data/funding-equity-measures.csv')).text(), { columns: true }) as Array<
      Record<string, string>
    >
    expect(measures.find((r) => r.funder_slug === FUNDER.slug && r.year === '2024')).toMatchObject({
      share_by_amount: '50',
      base_amount: '4000',
    })
    const pkg = (await (await fetch(site() + '/data/grants.360giving.json')).json()) as { grants: Array<{ id: string }> }
    expect(pkg.grants.length).toBe(787)
    const page = await browser.newPage()
    await page.goto(site() + '/funding/grants/360g-e2e-1/')
    await expect(page.locator('h1').textContent()).resolves.toBe('Test grant 1')
    await expect(page.locator('main').textContent()).resolves.toContain('Led by communities facing inequity')
  })
})

interface PublishedGrant {
  awardDate: string
  amountAwarded: number
  grantProgramme?: Array<{ title?: string }>
}

describe.runIf(haveData).each([1280, 375])('the funding dashboard at %i px', (width) => {
  it('gives totals without DEI data, filters with counts kept in the address, and downloads exactly the filtered grants', async () => {
    const published = ((await (await fetch(site() + '/data/grants.360giving.json')).json()) as { grants: PublishedGrant[] }).grants
    const expected = published.filter((g) => g.awardDate.startsWith('2020') && g.grantProgramme?.[0]?.title === 'Migrants and Refugees')
    expect(expected.length).toBeGreaterThan(0)
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width, height: 900 } })
    const page = await context.newPage()
    await page.goto(site() + '/funding/')
    await page.waitForSelector('#funding-status:not(:empty)')
    // Views that any 360Giving data supports, each with a heading, a summary and a table.
    for (const heading of [
      'By year awarded',
      'By funder',
      'By programme',
      'By kind of recipient',
      'By size of grant',
      'By London borough',
      'Largest recipients',
    ])
      await expect(page.getByRole('heading', { name: heading, exact: true }).count()).resolves.toBe(1)
    await expect(page.locator('#by-borough-summary, #by-borough-heading + p').first().textContent()).resolves.toMatch(
      /\d+ grants? \(£[\d,]+\) name no London borough/,
    )
    await expect(page.locator('#by-year-heading ~ .table-scroll tbody tr', { hasText: '2020' }).count()).resolves.toBe(1)
    // Each choice says how many grants it gives.
    const choice = page.locator('#filter-programme option[value="Migrants and Refugees"]')
    await expect(choice.textContent()).resolves.toMatch(/^Migrants and Refugees \(\d+\)$/)
    await page.getByLabel('Year', { exact: true }).selectOption('2020')
    await page.getByLabel('Programme', { exact: true }).selectOption('Migrants and Refugees')
    await expect(choice.textContent()).resolves.toBe(`Migrants and Refugees (${expected.length})`)
    await expect(page.locator('#funding-status').textContent()).resolves.toMatch(new RegExp(`^Showing ${expected.length} of 787 grants`))
    expect(new URL(page.url()).searchParams.get('year')).toBe('2020')
    expect(new URL(page.url()).searchParams.get('programme')).toBe('Migrants and Refugees')

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#funding-download a').click()])
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>
    expect(rows.length).toBe(expected.length)
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(['2020']))
    expect(new Set(rows.map((r) => r.programme))).toEqual(new Set(['Migrants and Refugees']))
    expect(rows.reduce((t, r) => t + Number(r.amount_awarded), 0)).toBe(expected.reduce((t, g) => t + g.amountAwarded, 0))

    // The address reopens the same view.
    await page.reload()
    await page.waitForSelector('#funding-status:not(:empty)')
    await expect(page.getByLabel('Year', { exact: true }).inputValue()).resolves.toBe('2020')
    await expect(page.getByLabel('Programme', { exact: true }).inputValue()).resolves.toBe('Migrants and Refugees')
    await expect(page.locator('#funding-status').textContent()).resolves.toMatch(new RegExp(`^Showing ${expected.length} of 787 grants`))
    // Nothing wider than the screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width)
    await context.close()
  })

  it('filters the grants list by year and amount, in the address', async () => {
    const published = ((await (await fetch(site() + '/data/grants.360giving.json')).json()) as { grants: PublishedGrant[] }).grants
    const expected = published.filter((g) => g.awardDate.startsWith('2019') && g.amountAwarded >= 10_000 && g.amountAwarded < 50_000)
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(site() + '/funding/grants/')
    await page.getByLabel('Year', { exact: true }).selectOption('2019')
    await page.getByLabel('Amount', { exact: true }).selectOption('10k-50k')
    await expect.poll(() => page.locator('#grant-filter-status').textContent()).toBe(`${expected.length} grants match.`)
    await expect(page.locator('#grant-list tbody tr').count()).resolves.toBe(expected.length)
    await expect(page.locator('#grant-pages').isHidden()).resolves.toBe(true)
    expect(new URL(page.url()).search).toBe('?year=2019&band=10k-50k')
    await page.reload()
    await expect.poll(() => page.locator('#grant-filter-status').textContent()).toBe(`${expected.length} grants match.`)
    await expect(page.getByLabel('Amount', { exact: true }).inputValue()).resolves.toBe('10k-50k')
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width)
    await page.close()
  })

  it('titles generic grants by what they are for, keeping the published title on the grant page', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(site() + '/funding/')
    const titles = await page.locator('#matching-grants tbody th').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.filter((t) => t.startsWith('A grant to'))).toEqual([])
    await page.goto(site() + '/funding/grants/360g-abct-0065i000005bodgqa044222/')
    await expect(page.locator('h1').textContent()).resolves.toBe('The Pre-Action Protocol Project to be delivered by Deighton Pierce Glynn')
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('A grant to Access to Justice Foundation')
    await page.close()
  })
})
