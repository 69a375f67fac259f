import { beforeAll, describe, expect, inject, it } from 'vitest'

/** The CMS's public REST and GraphQL APIs apply the same rules as the site: anonymous readers see published content only. */
const cms = () => inject('cmsUrl')
let draftId: number

beforeAll(async () => {
  const login = await fetch(`${cms()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  const { token } = (await login.json()) as { token: string }
  const organisations = (await (await fetch(`${cms()}/api/organisations?where[slug][equals]=camden-council`)).json()) as {
    docs: Array<{ id: number }>
  }
  const created = await fetch(`${cms()}/api/commitments?draft=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ organisation: organisations.docs[0].id, step: '4.14.1', status: 'planned', _status: 'draft' }),
  })
  draftId = ((await created.json()) as { doc: { id: number } }).doc.id
  expect(draftId).toBeTruthy()
})

describe('the public API, read anonymously', () => {
  it('REST lists only published commitments, hides the draft, and refuses the user list', async () => {
    const commitments = (await (await fetch(`${cms()}/api/commitments?limit=1000&draft=true`)).json()) as {
      docs: Array<{ id: number; _status: string }>
    }
    expect(commitments.docs.length).toBeGreaterThanOrEqual(9)
    expect(commitments.docs.every((d) => d._status === 'published')).toBe(true)
    expect(commitments.docs.map((d) => d.id)).not.toContain(draftId)
    expect((await fetch(`${cms()}/api/commitments/${draftId}?draft=true`)).status).toBe(404)
    expect((await fetch(`${cms()}/api/users`)).status).toBe(403)
  })

  it('GraphQL answers with published commitments only', async () => {
    const response = await fetch(`${cms()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Commitments(limit: 1000, draft: true) { docs { id _status status step { code } } } }' }),
    })
    const body = (await response.json()) as {
      data: { Commitments: { docs: Array<{ id: number; _status: string; step: { code: string } }> } }
    }
    const docs = body.data.Commitments.docs
    expect(docs.length).toBeGreaterThanOrEqual(9)
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    expect(docs.map((d) => d.id)).not.toContain(draftId)
    expect(docs.map((d) => d.step.code)).toContain('2.4.3')
  })
})
