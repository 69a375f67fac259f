import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, signInToAdmin } from './browser'
import { api, login } from './cmsApi'
import { FIXTURE_RESOURCE } from './fixtureRecords'
import { REBUILD_JOURNEY_TIMEOUT_MS, SITE_REBUILD_WAIT_MS } from './siteRebuildWait'

/**
 * The good-practice library end to end: the review workflow through the CMS (a
 * contributor submits, a curator asks for a change, the contributor edits, the
 * curator approves in the admin), then the rebuilt site's library search with
 * its filters; the resource page; the programme tracker; the Atom feeds.
 */
let browser: Browser
const cms = () => inject('cmsUrl')
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('the good-practice library', () => {
  it(
    'takes a resource from a contributor’s submission, through a requested change, to the library’s search',
    { timeout: REBUILD_JOURNEY_TIMEOUT_MS },
    async () => {
      const adminToken = await login(inject('adminEmail'), inject('adminPassword'))
      const { docs } = await api<{ docs: Array<{ id: number }> }>('/api/organisations?where[slug][equals]=brent-council', {
        token: adminToken,
      })
      const password = 'a long enough test password'
      for (const [email, role] of [
        ['contributor@brent.e2e.test', 'reporter'],
        ['library-curator@e2e.test', 'curator'],
      ] as const) {
        await api('/api/users', {
          method: 'POST',
          token: adminToken,
          body: JSON.stringify({ email, password, name: role, role, organisation: role === 'reporter' ? docs[0].id : undefined }),
        })
      }
      const contributor = await login('contributor@brent.e2e.test', password)
      const curator = await login('library-curator@e2e.test', password)

      const title = 'Hiring for attitude: a front-line recruitment guide'
      const created = await api<{ doc: { id: number } }>('/api/resources?draft=true', {
        method: 'POST',
        token: contributor,
        body: JSON.stringify({
          title,
          summary: 'How Brent recruits front-line staff for attitude, in its own words.',
          resourceType: 'guidance',
          strands: ['large-employers'],
          steps: ['1.1.2'],
          boroughs: ['brent'],
          externalUrl: 'https://www.brent.gov.uk/jobs-and-careers',
          publicationDate: '2024-06-01T00:00:00.000Z',
          evidenceGrade: 'not-yet-evaluated',
          review: { state: 'submitted' },
        }),
      })
      const id = created.doc.id
      await api(`/api/resources/${id}?draft=true`, {
        method: 'PATCH',
        token: curator,
        body: JSON.stringify({ review: { state: 'changes-requested', comment: 'Please add the licence.' } }),
      })
      const seen = await api<{ review: { state: string; comment: string } }>(`/api/resources/${id}?draft=true`, { token: contributor })
      expect(seen.review).toMatchObject({ state: 'changes-requested', comment: 'Please add the licence.' })
      await api(`/api/resources/${id}?draft=true`, {
        method: 'PATCH',
        token: contributor,
        body: JSON.stringify({ licence: 'Open Government Licence v3.0', review: { state: 'submitted' } }),
      })
      // The contributor cannot publish it.
      await expect(
        api(`/api/resources/${id}`, { method: 'PATCH', token: contributor, body: JSON.stringify({ _status: 'published' }) }),
      ).rejects.toThrow(/403/)

      // The curator approves it in the admin.
      const page = await signInToAdmin(await browser.newPage(), cms(), 'library-curator@e2e.test', password)
      await page.goto(`${cms()}/admin/collections/resources/${id}`)
      await page
        .getByRole('button', { name: /publish/i })
        .first()
        .click()
      await page.waitForFunction(
        async (url) => ((await (await fetch(url, { credentials: 'include' })).json()) as { _status?: string })._status === 'published',
        `${cms()}/api/resources/${id}`,
        { timeout: 30_000, polling: 500 },
      )

      // The site rebuilds in the background; then the library's search finds it under its filters.
      const resourcePage = `${site()}/library/hiring-for-attitude-a-front-line-recruitment-guide/`
      await expect.poll(async () => (await fetch(resourcePage)).status, { timeout: SITE_REBUILD_WAIT_MS, interval: 2000 }).toBe(200)
      await page.goto(site() + '/library/')
      await page.locator('#library-search input').fill('attitude')
      await page.locator('.pagefind-ui__result-link', { hasText: title }).first().waitFor({ state: 'visible', timeout: 15_000 })
      const filters = await page.locator('#library-search .pagefind-ui__filter-name').allTextContents()
      expect(filters.map((f) => f.trim().toLowerCase())).toEqual(
        expect.arrayContaining(['theme', 'kind of resource', 'step', 'evidence', 'borough']),
      )
      await page.locator('#library-search details', { hasText: 'Kind of resource' }).locator('summary').click()
      await page.locator('#library-search label', { hasText: 'Guidance' }).click()
      await page.locator('.pagefind-ui__result-link', { hasText: title }).first().waitFor({ state: 'visible', timeout: 15_000 })
      await page.close()
    },
  )

  it('shows a resource’s file format and size, its review status honestly, and who uses it', async () => {
    const page = await browser.newPage()
    await page.goto(`${site()}/library/${FIXTURE_RESOURCE.slug}/`)
    const main = page.locator('main')
    await expect(main.textContent()).resolves.toMatch(/Download E2E inclusive recruitment toolkit \(PDF, \d+ bytes\)/)
    await expect(main.textContent()).resolves.toContain('Due for review.')
    await expect(
      page.locator('h2', { hasText: 'Organisations using it' }).locator('xpath=following-sibling::ul[1]/li').count(),
    ).resolves.toBe(1)
    await page.close()
  })

  it('shows RAG ratings as words and symbols as well as colour, with the programme’s definitions', async () => {
    const page = await browser.newPage()
    await page.goto(`${site()}/programme-tracker/`)
    await expect(page.locator('table tbody tr').first().textContent()).resolves.toContain('Not rated')
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('Pan-London activity well underway.')
    await expect(page.locator('#history ~ div table tbody tr').count()).resolves.toBeGreaterThanOrEqual(16)
    await page.close()
  })

  it('publishes Atom feeds of new resources and case studies that parse as Atom', async () => {
    const page = await browser.newPage()
    await page.goto(site() + '/library/')
    for (const path of ['/library/feed.xml', '/case-studies/feed.xml']) {
      const result = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text()
        const xml = new DOMParser().parseFromString(text, 'application/xml')
        const ATOM = 'http://www.w3.org/2005/Atom'
        const feed = xml.documentElement
        const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name)
        const entries = child(feed, 'entry')
        return {
          error: xml.getElementsByTagName('parsererror').length > 0,
          root: `${feed.namespaceURI} ${feed.localName}`,
          feed: ['id', 'title', 'updated', 'author'].map((n) => child(feed, n).length),
          entries: entries.length,
          // RFC 4287: every entry has one id, title and updated, an alternate link, and a summary (no content).
          complete: entries.every(
            (e) =>
              ['id', 'title', 'updated', 'summary'].every((n) => child(e, n).length === 1) &&
              child(e, 'link').some((l) => l.getAttribute('rel') === 'alternate') &&
              !Number.isNaN(Date.parse(child(e, 'updated')[0].textContent ?? '')),
          ),
        }
      }, site() + path)
      expect(result, path).toEqual({
        error: false,
        root: 'http://www.w3.org/2005/Atom feed',
        feed: [1, 1, 1, 1],
        entries: expect.any(Number),
        complete: true,
      })
      expect(result.entries, path).toBeGreaterThan(0)
    }
    await page.close()
  })
})
