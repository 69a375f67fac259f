import AxeBuilder from '@axe-core/playwright'
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, signInToAdmin } from './browser'
import { api, login } from './cmsApi'
import { GPG_2022 } from './globalSetup'
import { REBUILD_JOURNEY_TIMEOUT_MS, SITE_REBUILD_WAIT_MS } from './siteRebuildWait'

/**
 * Issue 13's journeys for researchers, in Chromium against the built site and
 * the production CMS: a curator corrects a published figure in the admin,
 * giving a reason, and after the site rebuilds the correction is on the record's
 * page, in the public corrections log, in the corrections dataset and in the
 * next release's note; a member of the public reports a problem from a
 * record's page, by keyboard, and it reaches the curators' queue, while a
 * reporter never sees it.
 */
let browser: Browser
const cms = () => inject('cmsUrl')
const site = () => inject('siteUrl')
const password = 'a long enough test password'
const curatorEmail = 'research-curator@e2e.test'
const reporterEmail = 'reporter@lambeth.e2e.test'
const REPORTED_ORGANISATION = 'lambeth-council'
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

beforeAll(async () => {
  browser = await launchChromium()
  const adminToken = await login(inject('adminEmail'), inject('adminPassword'))
  const { docs } = await api<{ docs: Array<{ id: number }> }>(`/api/organisations?where[slug][equals]=${REPORTED_ORGANISATION}`, {
    token: adminToken,
  })
  for (const [email, role] of [
    [curatorEmail, 'curator'],
    [reporterEmail, 'reporter'],
  ] as const)
    await api('/api/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ email, password, name: role, role, organisation: role === 'reporter' ? docs[0].id : undefined }),
    })
})
afterAll(async () => browser?.close())

async function signIn(email: string): Promise<Page> {
  return signInToAdmin(await (await browser.newContext()).newPage(), cms(), email, password)
}

const text = async (path: string) => (await fetch(site() + path)).text()
const describeViolations = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)

interface PayGapReport {
  id: number
  title: string
  medianHourlyGap: { value: number | null; status: string }
  organisation: { slug: string }
}

describe.runIf(existsSync(GPG_2022))('a curator corrects a published figure in the admin', () => {
  // The site rebuild after the publish takes minutes on a shared two-core machine.
  it(
    'gives a reason, and after the rebuild the correction is on the record’s page, in the log, the corrections dataset and the next release',
    { timeout: REBUILD_JOURNEY_TIMEOUT_MS },
    async () => {
      const curatorToken = await login(curatorEmail, password)
      const { docs } = await api<{ docs: PayGapReport[] }>(
        '/api/pay-gap-reports?depth=1&limit=1&sort=title&where[year][equals]=2022&where[characteristic][equals]=gender&where[medianHourlyGap.status][equals]=reported&where[_status][equals]=published',
        { token: curatorToken },
      )
      const report = docs[0]
      expect(report, 'a published 2022 gender pay gap with a reported median').toBeDefined()
      const oldValue = report.medianHourlyGap.value!
      const newValue = Math.round((oldValue + 1.1) * 10) / 10
      const reason = `The employer republished its median (e2e ${Date.now()}).`
      const releasesBefore = (await text('/data/pay-gaps/')).match(/<li id="release-(\d+)"/g)?.length ?? 0

      const page = await signIn(curatorEmail)
      await page.goto(`${cms()}/admin/collections/pay-gap-reports/${report.id}`)
      await page.locator('#field-medianHourlyGap__value').fill(String(newValue))
      // Without a reason the change is refused, naming the field to fill in.
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      await expect
        .poll(async () => page.locator('.field-error, .toast-error, [class*="toast"]').allTextContents(), { timeout: 30_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/Reason for the change/)]))
      const unchanged = await api<PayGapReport>(`/api/pay-gap-reports/${report.id}?depth=0`, { token: curatorToken })
      expect(unchanged.medianHourlyGap.value).toBe(oldValue)

      await page.locator('#field-correctionReason').fill(reason)
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      await expect
        .poll(
          async () => (await api<PayGapReport>(`/api/pay-gap-reports/${report.id}?depth=0`, { token: curatorToken })).medianHourlyGap.value,
          {
            timeout: 30_000,
          },
        )
        .toBe(newValue)
      const status = page.locator('[role="status"]', { hasText: 'Public site' })
      await expect
        .poll(async () => status.textContent(), { timeout: SITE_REBUILD_WAIT_MS, interval: 2000 })
        .toMatch(/This change is live on the public site/)
      await page.context().close()

      const fields = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
      // The record's page: the organisation's profile, which shows its pay gaps.
      const profile = fields(await text(`/organisations/${report.organisation.slug}/`))
      expect(profile).toContain('Corrections')
      expect(profile).toContain(reason)
      expect(profile).toMatch(
        new RegExp(`Median hourly pay gap ${String(oldValue).replace('.', '\\.')} ${String(newValue).replace('.', '\\.')} `),
      )
      // And the employer's pay gap page, the report's own page, which also offers "Report a problem" about it.
      const payGapPage = fields(await text(`/organisations/${report.organisation.slug}/pay-gaps/`))
      expect(payGapPage).toContain(reason)
      expect(payGapPage).toContain('Report a problem with this record')
      // The public corrections log.
      const log = fields(await text('/data/corrections/'))
      expect(log).toContain(reason)
      expect(log).toContain(report.title)
      // The corrections dataset, as downloaded.
      const csv = await text('/data/corrections.csv')
      const line = csv.split('\n').find((l) => l.includes(reason))
      expect(line).toBeDefined()
      expect(line).toContain(`,${oldValue},${newValue},`)
      // The next release of the pay gaps dataset: one row changed, and the correction in its note.
      const datasetPage = await text('/data/pay-gaps/')
      const numbers = [...datasetPage.matchAll(/<li id="release-(\d+)"/g)].map((m) => Number(m[1]))
      expect(numbers.length).toBe(releasesBefore + 1)
      const newest = Math.max(...numbers)
      const note = fields(datasetPage.slice(datasetPage.indexOf(`<li id="release-${newest}"`)).split('</li>')[0])
      expect(note).toContain('1 row changed')
      expect(note).toContain(`${report.title}: Median hourly pay gap ${oldValue} → ${newValue} (${reason})`)
      const released = await text(`/data/pay-gaps/releases/${newest}/pay-gaps.csv`)
      const previous = await text(`/data/pay-gaps/releases/${newest - 1}/pay-gaps.csv`)
      expect(released).not.toBe(previous)
    },
  )
})

describe('a member of the public reports a problem from a record’s page', () => {
  const message = `The headcount on this page is not the one in the published report (e2e ${Date.now()}).`

  it('by keyboard, with errors named beside their field, passing axe at 1280 and 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${site()}/organisations/${REPORTED_ORGANISATION}/`)
    const form = page.locator('form[data-report-problem]')
    const record = form.locator('select[name="record"]')
    const textarea = form.getByLabel('What is wrong?')
    const email = form.getByLabel(/Your email address/)
    // Every field has its label.
    await expect(form.getByLabel('Which record?').count()).resolves.toBe(1)
    await expect(textarea.count()).resolves.toBe(1)
    await expect(email.count()).resolves.toBe(1)

    // Keyboard only: from the record choice, Tab reaches each field and the button in order (the honeypot is skipped).
    await record.focus()
    await page.keyboard.press('ArrowDown')
    const chosen = await record.inputValue()
    const options = await record.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    expect(chosen).toBe(options[1])
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName)
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe('message')
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe('email')
    await page.keyboard.type('not an address')
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe('BUTTON')

    // Sent with an empty message and a malformed address: each error is named beside its field, and focus goes to the first.
    await page.keyboard.press('Enter')
    await expect(focused()).resolves.toBe('message')
    for (const [field, words] of [
      [textarea, /^Error: Say what is wrong with the record, in at least 10 characters\.$/],
      [email, /^Error: Enter an email address like name@example\.org, or leave it empty\.$/],
    ] as const) {
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true')
      const describedBy = await field.getAttribute('aria-describedby')
      expect(describedBy).toBeTruthy()
      await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(words)
    }
    await expect(form.locator('[data-report-status]').textContent()).resolves.toBe('The report was not sent: correct the errors shown.')
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 })
      const scan = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
      expect(describeViolations(scan.violations), `axe at ${width} px, errors shown`).toEqual([])
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width)
    }

    // Corrected and sent: the answer is read out in the live region, and the errors are gone.
    await page.waitForTimeout(3_100) // the endpoint refuses a form filled faster than a person could
    await textarea.focus()
    await page.keyboard.type(message)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => form.locator('[data-report-status]').textContent(), { timeout: 15_000 })
      .toBe('Thank you: your report has reached the curators, who will check the record.')
    await expect(textarea.getAttribute('aria-invalid')).resolves.toBeNull()
    await expect(form.locator('[data-error-for="message"]').isHidden()).resolves.toBe(true)
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 })
      const scan = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
      expect(describeViolations(scan.violations), `axe at ${width} px, sent`).toEqual([])
    }
    await context.close()

    // Stored with the record it concerns and the page it came from.
    const curatorToken = await login(curatorEmail, password)
    const { docs } = await api<{ docs: Array<{ collection: string; recordId: string; page: string; status: string }> }>(
      `/api/problem-reports?where[message][equals]=${encodeURIComponent(message)}`,
      { token: curatorToken },
    )
    expect(docs).toEqual([
      expect.objectContaining({
        collection: chosen.split(':')[0],
        recordId: chosen.split(':')[1],
        page: `/organisations/${REPORTED_ORGANISATION}/`,
        status: 'open',
      }),
    ])
  })

  it('reaches the curators’ queue in the admin, with the record it concerns', async () => {
    const page = await signIn(curatorEmail)
    await page.goto(cms() + '/admin')
    const row = page.locator('#curator-queue-heading ~ table tr', { hasText: message.slice(0, 60) })
    await expect(row.count()).resolves.toBe(1)
    await expect(row.textContent()).resolves.toContain('Problem reported')
    await row.locator('a').first().click()
    await page.waitForURL(/\/admin\/collections\/problem-reports\/\d+/)
    await expect(page.locator('#field-message').inputValue()).resolves.toBe(message)
    await page.context().close()
  })

  it('is not seen by a reporter, even the reporter of the organisation concerned', async () => {
    // The report is there (a curator reads it), so not finding it below means the reporter may not see it.
    const curatorToken = await login(curatorEmail, password)
    const stored = await api<{ totalDocs: number }>(`/api/problem-reports?where[message][equals]=${encodeURIComponent(message)}`, {
      token: curatorToken,
    })
    expect(stored.totalDocs).toBe(1)
    const token = await login(reporterEmail, password)
    await expect(api(`/api/problem-reports?where[message][equals]=${encodeURIComponent(message)}`, { token })).rejects.toThrow(/403/)
    const page = await signIn(reporterEmail)
    await page.goto(cms() + '/admin')
    await page.waitForSelector('#reporter-home-heading')
    expect(await page.content()).not.toContain(message.slice(0, 40))
    await page.goto(cms() + '/admin/collections/problem-reports')
    await page.waitForLoadState('networkidle')
    expect(await page.content()).not.toContain(message.slice(0, 40))
    await page.context().close()
  })
})
