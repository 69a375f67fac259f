import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, signInToAdmin } from './browser'
import { api, login } from './cmsApi'
import { REBUILD_JOURNEY_TIMEOUT_MS, SITE_REBUILD_WAIT_MS } from './siteRebuildWait'

/**
 * The review workflow end to end: a reporter's submitted draft is published by a
 * curator in the admin, and the rebuilt public site shows it without a restart.
 */
let browser: Browser
const cms = () => inject('cmsUrl')
const site = () => inject('siteUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

describe('publishing', () => {
  it(
    'a curator publishes a submitted commitment in the admin and the rebuilt site shows it',
    { timeout: REBUILD_JOURNEY_TIMEOUT_MS },
    async () => {
      const adminToken = await login(inject('adminEmail'), inject('adminPassword'))
      const { docs } = await api<{ docs: Array<{ id: number }> }>('/api/organisations?where[slug][equals]=newham-council', {
        token: adminToken,
      })
      const newham = docs[0].id
      const password = 'a long enough test password'
      for (const [email, role] of [
        ['reporter@newham.e2e.test', 'reporter'],
        ['curator@e2e.test', 'curator'],
      ] as const) {
        await api('/api/users', {
          method: 'POST',
          token: adminToken,
          body: JSON.stringify({ email, password, name: role, role, organisation: role === 'reporter' ? newham : undefined }),
        })
      }

      const stepPage = site() + '/plan/steps/2-4-1/'
      expect(await (await fetch(stepPage)).text()).not.toContain('Newham Council')

      const reporterToken = await login('reporter@newham.e2e.test', password)
      const created = await api<{ doc: { id: number; _status: string } }>('/api/commitments?draft=true', {
        method: 'POST',
        token: reporterToken,
        body: JSON.stringify({
          step: '2.4.1',
          status: 'in-progress',
          narrative: 'Accreditation application submitted.',
          review: { state: 'submitted' },
        }),
      })
      expect(created.doc._status).toBe('draft')
      // The reporter cannot publish it.
      await expect(
        api(`/api/commitments/${created.doc.id}`, {
          method: 'PATCH',
          token: reporterToken,
          body: JSON.stringify({ _status: 'published' }),
        }),
      ).rejects.toThrow(/403/)

      const page = await signInToAdmin(await browser.newPage(), cms(), 'curator@e2e.test', password)
      await page.goto(`${cms()}/admin/collections/commitments/${created.doc.id}`)
      await page
        .getByRole('button', { name: /publish/i })
        .first()
        .click()
      await page.waitForFunction(
        async (url) => {
          const r = await fetch(url, { credentials: 'include' })
          return ((await r.json()) as { _status?: string })._status === 'published'
        },
        `${cms()}/api/commitments/${created.doc.id}`,
        { timeout: 30_000, polling: 500 },
      )

      // The site rebuilds in the background; poll until the step page lists Newham.
      const deadline = Date.now() + SITE_REBUILD_WAIT_MS
      let html = ''
      while (Date.now() < deadline) {
        html = await (await fetch(stepPage)).text()
        if (html.includes('Newham Council')) break
        await new Promise((r) => setTimeout(r, 1000))
      }
      expect(html).toContain('Newham Council')
      const csv = await (await fetch(site() + '/data/commitments.csv')).text()
      expect(csv).toContain('newham-council,Newham Council,2.4.1')
    },
  )
})
