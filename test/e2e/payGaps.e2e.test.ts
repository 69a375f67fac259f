import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BOROUGHS } from '../../domain/vocabulary'
import { launchChromium } from './browser'
import { GLA_TABLES, GPG_2022 } from './globalSetup'

const haveData = existsSync(GLA_TABLES) && existsSync(GPG_2022)
if (!haveData) console.warn('Skipping the pay gap end-to-end tests: ../shared/data is absent, so no pay gaps were imported.')
let browser: Browser
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe.runIf(haveData)('the pay gap explorer', () => {
  it('frames the London median in plain words and marks it on the chart', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/pay-gaps/gender/2022/')
    await expect(page.locator('.lede').textContent()).resolves.toMatch(
      /^At the middle organisation, for every £1 men earn, women earn \d+p\.$/,
    )
    await expect(page.locator('svg text', { hasText: 'London median' }).count()).resolves.toBe(1)
    await expect(page.locator('figure table tbody tr').count()).resolves.toBeGreaterThan(5)
  })

  it('filters by borough and size, and sorts by a column with aria-sort', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/pay-gaps/gender/2022/')
    const rows = page.locator('#pay-gap-table tbody tr:not([hidden])')
    // The table shows a page at a time; the filters work on every report of the year (read from the
    // explorer's own pages), counted here from the published datasets: the year's gender reports, each
    // with its organisation's boroughs and size.
    const csvOf = async (name: string) =>
      parse(await (await fetch(`${site()}/data/${name}.csv`)).text(), { columns: true }) as Array<Record<string, string>>
    const organisations = new Map((await csvOf('organisations')).map((o) => [o.organisation_slug, o]))
    const reports = (await csvOf('pay-gaps-2022'))
      .filter((r) => r.characteristic === 'gender')
      .map((r) => {
        const o = organisations.get(r.organisation_slug)!
        return { boroughs: o.boroughs.split('; ').map((label) => BOROUGHS.find((b) => b.label === label)?.value), size: o.size_band }
      })
    const all = reports.length
    expect(await rows.count()).toBe(250)
    await page.getByLabel('Borough', { exact: true }).selectOption('camden')
    const inCamden = reports.filter((r) => r.boroughs.includes('camden')).length
    expect(inCamden).toBeGreaterThan(0)
    expect(inCamden).toBeLessThan(all)
    expect(await rows.count()).toBe(Math.min(inCamden, 250))
    const boroughs = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.boroughs))
    expect(boroughs.every((b) => b?.split(' ').includes('camden'))).toBe(true)
    await expect(page.locator('#pay-gap-status').textContent()).resolves.toBe(
      `${inCamden.toLocaleString('en-GB')} of ${all.toLocaleString('en-GB')} reports shown${inCamden > 250 ? '; the first 250 on this page' : ''}.`,
    )
    await page.getByLabel('Size', { exact: true }).selectOption('very-large')
    const largeInCamden = reports.filter((r) => r.boroughs.includes('camden') && r.size === 'very-large').length
    expect(largeInCamden).toBeLessThan(inCamden)
    expect(await rows.count()).toBe(Math.min(largeInCamden, 250))

    // The first click on a name column sorts A to Z.
    await page.getByRole('button', { name: 'Organisation' }).click()
    await expect(page.locator('th', { has: page.getByRole('button', { name: 'Organisation' }) }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    )
    const names = await page.locator('#pay-gap-table tbody tr:not([hidden]) td:first-child a').allTextContents()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))
  })

  it('pages through every report, with and without JavaScript', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/pay-gaps/gender/2022/')
    const first = await page.locator('#pay-gap-table tbody tr td:first-child a').first().textContent()
    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(page.locator('#pay-gap-pages').textContent()).resolves.toContain('Page 2 of 12')
    await expect(page.locator('#pay-gap-table tbody tr td:first-child a').first().textContent()).resolves.not.toBe(first)

    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(site() + '/pay-gaps/gender/2022/')
    await expect(plain.locator('#pay-gap-table tbody tr').count()).resolves.toBe(250)
    await plain.getByRole('link', { name: 'Next page' }).click()
    await plain.waitForURL(/\/pay-gaps\/gender\/2022\/page\/2\/$/)
    await expect(plain.locator('#pay-gap-table tbody tr').count()).resolves.toBe(250)
    await noScript.close()
  })
})

describe.runIf(haveData)('withheld figures', () => {
  it('show as withheld with their symbol on the profile, and stay withheld in the CSV', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/organisations/greater-london-authority/')
    const disability = page.locator('section[aria-labelledby="pay-gap-disability-heading"]')
    const row2022 = disability.locator('figure tr', { has: page.getByRole('rowheader', { name: '2022-23' }) })
    await expect(row2022.textContent()).resolves.toContain('Withheld (<5)')
    const csv = await (await fetch(site() + '/data/pay-gaps-2022.csv')).text()
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>
    const gla = rows.find((r) => r.organisation_slug === 'greater-london-authority' && r.characteristic === 'disability')!
    expect(gla).toMatchObject({ mean_bonus_gap: '', mean_bonus_gap_status: 'withheld', mean_bonus_gap_symbol: '<5' })
  })
})

describe.runIf(haveData)('the compare basket', () => {
  it('compares ticked organisations side by side, keeps the selection in the address, and downloads it as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(site() + '/pay-gaps/gender/2022/')
    const firstTwo = page.locator('#pay-gap-table tbody tr').locator('input[type="checkbox"]')
    const slugs = [
      await firstTwo.nth(0).getAttribute('value'),
      await firstTwo.nth(1).getAttribute('value'),
      await firstTwo.nth(2).getAttribute('value'),
    ]
    for (let i = 0; i < 3; i++) await firstTwo.nth(i).check()
    await expect(page.locator('#compare-submit').textContent()).resolves.toBe('Compare (3)')
    await page.getByRole('button', { name: 'Compare (3)' }).click()
    await page.waitForURL(/\/pay-gaps\/compare\/\?orgs=/)
    await page.waitForSelector('#compare-result table')
    await expect(page.locator('#compare-result thead th a').count()).resolves.toBe(3)

    // The address alone restores the selection, so it can be shared.
    const shared = await context.newPage()
    await shared.goto(page.url())
    await shared.waitForSelector('#compare-result table')
    await expect(shared.locator('#compare-result thead th a').count()).resolves.toBe(3)

    await page.locator('#compare-result thead th').nth(3).getByRole('button').click()
    await expect(page.locator('#compare-result thead th a').count()).resolves.toBe(2)
    expect(new URL(page.url()).searchParams.get('orgs')).toBe(`${slugs[0]},${slugs[1]}`)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the selection as CSV' }).click(),
    ])
    const text = readFileSync((await download.path())!, 'utf8')
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>
    expect(rows.map((r) => r.organisation_slug)).toEqual([slugs[0], slugs[1]])
    expect(rows[0]).toMatchObject({ year: '2022-23', characteristic: 'gender', comparison_group: 'Women' })
    await context.close()
  })
})
