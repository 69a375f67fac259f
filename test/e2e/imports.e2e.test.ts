import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { blankTemplate } from '../../domain/csvTemplates/columns'
import { launchChromium, signInToAdmin } from './browser'
import { REBUILD_JOURNEY_TIMEOUT_MS, SITE_REBUILD_WAIT_MS } from './siteRebuildWait'

/**
 * A curator imports a file from the admin: downloads the blank template from the
 * public site, fills it in, uploads it, watches it run, reads the summary, and
 * finds the figures on the rebuilt site.
 */
let browser: Browser
const cms = () => inject('cmsUrl')
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('importing from the admin', () => {
  it(
    'imports a filled-in template, shows its summary, and the rebuilt site shows the figures',
    { timeout: REBUILD_JOURNEY_TIMEOUT_MS },
    async () => {
      const blank = await (await fetch(`${site()}/data/templates/${PAY_GAP_TEMPLATE.slug}.csv`)).text()
      expect(blank).toBe(blankTemplate(PAY_GAP_TEMPLATE))
      const header = blank.trim().split(',')
      const row = (cells: Record<string, string>) => header.map((c) => cells[c] ?? '').join(',')
      const csv = [
        blank.trim(),
        row({
          organisation: 'Upload Test Trust',
          year: '2024',
          characteristic: 'disability',
          reference_group: 'Not disabled',
          comparison_group: 'Disabled',
          mean_hourly_gap: '7.25',
          median_hourly_gap: '<5',
        }),
        row({
          organisation: 'Upload Test Trust',
          year: '2024',
          characteristic: 'gender',
          reference_group: 'Men',
          comparison_group: 'Women',
          mean_hourly_gap: 'lots',
        }),
      ].join('\r\n')

      const page = await signInToAdmin(await browser.newPage(), cms(), inject('adminEmail'), inject('adminPassword'))
      await page.goto(`${cms()}/admin/collections/imports/create`)
      await page.locator('input[type="file"]').setInputFiles({ name: 'upload-test.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      await page.locator('#field-kind').click()
      await page.getByText('The portal’s pay gaps template (ethnicity, disability, gender)', { exact: true }).click()
      // One of the two rows is rejected: more than 5%, so the curator accepts a partial import deliberately.
      await page.getByLabel('Accept a partial import').check()
      await page.getByRole('button', { name: 'Save' }).click()

      // The page polls while the import runs, then reloads with the summary.
      const summary = page.locator('textarea[name="summary"], #field-summary textarea')
      await expect
        .poll(async () => (await summary.count()) > 0 && (await summary.inputValue()), { timeout: 90_000, interval: 1000 })
        .toContain('created 1, updated 0, unchanged 0, rejected 1')
      expect(await summary.inputValue()).toContain('upload-test.csv, row 2, line 3, column mean_hourly_gap: expected a number')

      // Publishing rebuilds the site in the background; poll until the new organisation's profile has its gap.
      await expect
        .poll(
          async () =>
            (await fetch(`${site()}/organisations/upload-test-trust/`)).ok &&
            (await (await fetch(`${site()}/organisations/upload-test-trust/`)).text()),
          {
            timeout: SITE_REBUILD_WAIT_MS,
            interval: 2000,
          },
        )
        .toContain('7.3%')
      await page.close()
    },
  )
})
