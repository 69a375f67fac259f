import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { returnYearFor } from '../../cms/lib/reporterHome'
import { launchChromium, signInToAdmin } from './browser'
import { api, login } from './cmsApi'
import { FIXTURE_JOURNEY_ORGANISATION } from './fixtureRecords'
import { REBUILD_JOURNEY_TIMEOUT_MS, SITE_REBUILD_WAIT_MS } from './siteRebuildWait'

/**
 * A reporter's annual return, end to end in the admin (issue 14, section 3 and
 * Tests): the reporter starts this year's return from their home, answers
 * steps and a metric, types a UK date and submits; a curator sends it back with
 * a comment; the reporter reads the comment on their home and in the return,
 * and resubmits; the curator publishes, the admin says when the site is live,
 * and the organisation's page shows the return beside last year's.
 */
let browser: Browser
const cms = () => inject('cmsUrl')
const site = () => inject('siteUrl')
const password = 'a long enough test password'
const reporterEmail = 'reporter@lewisham.e2e.test'
const curatorEmail = 'returns-curator@e2e.test'
const year = returnYearFor(new Date())
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

beforeAll(async () => {
  browser = await launchChromium()
  const adminToken = await login(inject('adminEmail'), inject('adminPassword'))
  const { docs } = await api<{ docs: Array<{ id: number }> }>(`/api/organisations?where[slug][equals]=${FIXTURE_JOURNEY_ORGANISATION}`, {
    token: adminToken,
  })
  for (const [email, role] of [
    [reporterEmail, 'reporter'],
    [curatorEmail, 'curator'],
  ] as const)
    await api('/api/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ email, password, name: role, role, organisation: role === 'reporter' ? docs[0].id : undefined }),
    })
})
afterAll(async () => browser?.close())

/** A browser of its own, signed in through the admin's form. */
async function signIn(email: string): Promise<Page> {
  return signInToAdmin(await (await browser.newContext()).newPage(), cms(), email, password)
}

/** Picks the option whose text contains `text` in a Payload select or relationship field. */
async function choose(page: Page, fieldId: string, text: string, typed?: string) {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  if (typed) await field.locator('input').first().fill(typed)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

async function optionsOf(page: Page, fieldId: string): Promise<string[]> {
  await page.locator(`#${fieldId} .rs__control`).click()
  const options = await page.locator('.rs__option').allTextContents()
  await page.keyboard.press('Escape')
  return options
}

interface StoredReturn {
  id: number
  _status: string
  organisation: number
  review: { state: string; comment?: string | null }
  steps: Array<{ step: string; status: string; targetDate?: string | null }>
  metricAnswers: Array<{ metric: number; answer?: string | null }>
}

async function storedReturn(token: string): Promise<StoredReturn | undefined> {
  const { docs } = await api<{ docs: StoredReturn[] }>(`/api/returns?draft=true&depth=0&where[year][equals]=${year}`, { token })
  return docs[0]
}

describe('a reporter’s annual return in the admin', () => {
  let returnId: number

  it('starts from the reporter’s home, which passes axe and shows only what a reporter uses', async () => {
    const page = await signIn(reporterEmail)
    await page.goto(cms() + '/admin')
    await expect(page.locator('#reporter-home-heading').textContent()).resolves.toBe('Lewisham Council')
    await expect(page.locator('#this-years-return-heading').textContent()).resolves.toBe(`Your ${year} annual return`)
    // The plan's 50 steps by priority, with their text and stage.
    await expect(page.locator('details li').count()).resolves.toBe(50)
    await expect(page.locator('details li', { hasText: '1.1.1' }).first().textContent()).resolves.toMatch(/1\.1\.1 .{20,}Stage: /)
    // Navigation: the collections a reporter reports in, and none of the staff's.
    const nav = (await page.locator('nav').first().textContent()) ?? ''
    expect(nav).toContain('Annual returns')
    for (const hidden of ['Grants', 'Steps', 'Stages', 'Users', 'Imports', 'Metrics'])
      expect(nav).not.toMatch(new RegExp(`\\b${hidden}\\b`))
    const describe = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    const home = await new AxeBuilder({ page }).include('#reporter-home').withTags(WCAG_22_AA).analyze()
    expect(describe(home.violations)).toEqual([])
    // Payload's own dashboard around it (navigation, header, collection cards) is reported, not asserted: it is not ours to fix.
    const whole = await new AxeBuilder({ page }).exclude('#reporter-home').withTags(WCAG_22_AA).analyze()
    console.log(`[axe] Payload's admin dashboard chrome, outside the reporter's home: ${JSON.stringify(describe(whole.violations))}`)
    await page.context().close()
  })

  it('offers a reporter neither Approved nor Rejected, and no organisation to pick; a UK date stays that date', async () => {
    const page = await signIn(reporterEmail)
    await page.goto(cms() + '/admin')
    await page.getByRole('link', { name: `Start your ${year} return` }).click()
    await page.waitForURL(/\/admin\/collections\/returns\/create/)
    await expect(page.locator('#field-organisation').count()).resolves.toBe(0)
    expect(await optionsOf(page, 'field-review__state')).toEqual(['Draft', 'Submitted for review'])
    await expect(page.getByRole('button', { name: 'Publish' }).count()).resolves.toBe(0)

    await page.locator('#field-year').fill(String(year))
    await page.getByRole('button', { name: 'Add Step' }).click()
    // The picker shows each step's words, not a bare code.
    await choose(page, 'field-steps__0__step', '1.1.1 ', '1.1.1')
    await expect(page.locator('#field-steps__0__step').textContent()).resolves.toMatch(/1\.1\.1 \w+/)
    await choose(page, 'field-steps__0__status', 'In progress')
    await page.locator('#field-steps__0__targetDate input').fill('01/11/2026')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Add Step' }).click()
    await choose(page, 'field-steps__1__step', '2.4.1 ', '2.4.1')
    await page.getByRole('button', { name: 'Add Metric answer' }).click()
    await choose(page, 'field-metricAnswers__0__metric', 'Living Wage', 'Living Wage')
    await choose(page, 'field-metricAnswers__0__answer', 'Yes')
    await page.locator('#field-progress').fill('Made up for testing: this year’s progress.')
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.waitForURL(/\/admin\/collections\/returns\/\d+/, { timeout: 30_000 })

    const token = await login(reporterEmail, password)
    const stored = await storedReturn(token)
    expect(stored).toBeDefined()
    returnId = stored!.id
    expect(stored).toMatchObject({ _status: 'draft', review: { state: 'submitted' } })
    expect(stored!.steps.map((s) => [s.step, s.status])).toEqual([
      ['1.1.1', 'in-progress'],
      ['2.4.1', 'planned'],
    ])
    // Typed 01/11/2026 in the admin: 1 November 2026, not 11 January.
    expect(stored!.steps[0].targetDate?.slice(0, 10)).toBe('2026-11-01')
    await page.reload()
    await expect(page.locator('#field-steps__0__targetDate input').inputValue()).resolves.toBe('01/11/2026')
    expect(stored!.metricAnswers.map((a) => a.answer)).toEqual(['yes'])
    await page.context().close()
  })

  it('goes back to the reporter with the curator’s comment, and the reporter resubmits', async () => {
    const curator = await signIn(curatorEmail)
    await curator.goto(cms() + '/admin')
    await curator
      .locator('#curator-queue-heading ~ table a', { hasText: String(year) })
      .first()
      .click()
    await curator.waitForURL(new RegExp(`/admin/collections/returns/${returnId}`))
    // No "currently editing" modal: the reporter's lock does not stand in the curator's way.
    await expect(curator.getByText('Take over').count()).resolves.toBe(0)
    await curator.locator('#field-review__comment').fill('Say when step 2.4.1 will be complete.')
    await curator.getByRole('button', { name: 'Send back with comment' }).click()
    const curatorToken = await login(curatorEmail, password)
    await expect.poll(async () => (await storedReturn(curatorToken))?.review.state, { timeout: 30_000 }).toBe('changes-requested')
    await curator.context().close()

    const reporter = await signIn(reporterEmail)
    await reporter.goto(cms() + '/admin')
    await expect(reporter.locator('#sent-back-heading').textContent()).resolves.toBe('Sent back to you (1)')
    await expect(reporter.locator('section[aria-labelledby="sent-back-heading"]').textContent()).resolves.toContain(
      'Say when step 2.4.1 will be complete.',
    )
    await reporter.getByRole('link', { name: `Continue your ${year} return` }).click()
    await reporter.waitForURL(new RegExp(`/admin/collections/returns/${returnId}`))
    await expect(reporter.getByText('Take over').count()).resolves.toBe(0)
    await expect(reporter.locator('#field-review__comment').inputValue()).resolves.toBe('Say when step 2.4.1 will be complete.')
    await reporter.locator('#field-steps__1__targetDate input').fill('31/03/2027')
    await reporter.keyboard.press('Escape')
    await reporter.getByRole('button', { name: 'Submit for review' }).click()
    const token = await login(reporterEmail, password)
    await expect.poll(async () => (await storedReturn(token))?.review.state, { timeout: 30_000 }).toBe('submitted')
    expect((await storedReturn(token))?.steps[1].targetDate?.slice(0, 10)).toBe('2027-03-31')
    await reporter.context().close()
  })

  it(
    'is published by the curator, the admin says when the site is live, and the site shows it beside last year’s',
    { timeout: REBUILD_JOURNEY_TIMEOUT_MS },
    async () => {
      const curator = await signIn(curatorEmail)
      await curator.goto(`${cms()}/admin/collections/returns/${returnId}`)
      await expect(curator.getByText('Take over').count()).resolves.toBe(0)
      await curator.getByRole('button', { name: 'Publish', exact: true }).click()
      const curatorToken = await login(curatorEmail, password)
      await expect.poll(async () => (await storedReturn(curatorToken))?._status, { timeout: 30_000 }).toBe('published')
      const status = curator.locator('[role="status"]', { hasText: 'Public site' })
      await expect.poll(async () => status.textContent(), { timeout: 30_000 }).toMatch(/being rebuilt|is live/)
      await expect
        .poll(async () => status.textContent(), { timeout: SITE_REBUILD_WAIT_MS, interval: 2000 })
        .toMatch(/This change is live on the public site/)
      await curator.context().close()

      const page = await browser.newPage()
      await page.goto(`${site()}/organisations/${FIXTURE_JOURNEY_ORGANISATION}/`)
      const section = page.locator('section[aria-labelledby="returns-heading"]')
      await expect(section.locator('table').first().locator('thead th').allTextContents()).resolves.toEqual([
        'Step',
        String(year - 1),
        String(year),
      ])
      await expect(section.textContent()).resolves.toContain(`${year} against ${year - 1}: 1 step moved, 1 step new`)
      await page.close()
    },
  )
})
