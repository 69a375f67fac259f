import { describe, expect, inject, it } from 'vitest'

/**
 * What issue 11 found from outside, checked against the production CMS build
 * (Next's own server): security headers on the admin and the API, no first
 * registration, GraphQL's developer tools off, a working reset request.
 */
const cms = () => inject('cmsUrl')

const expectSecurityHeaders = (response: Response, what: string) => {
  expect(response.headers.get('x-frame-options'), what).toBe('DENY')
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(response.headers.get('referrer-policy'), what).toBe('same-origin')
  if (what.startsWith('/admin')) expect(response.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'")
}

describe('the CMS from outside', () => {
  it('sends frame protection, nosniff and a referrer policy with the admin and the API', async () => {
    for (const path of ['/admin/login', '/admin', '/api/users/me', '/api/commitments?limit=1', '/api/graphql'])
      expectSecurityHeaders(await fetch(`${cms()}${path}`, { redirect: 'manual', method: path === '/api/graphql' ? 'POST' : 'GET' }), path)
  })

  it('keeps a library download sandboxed as well', async () => {
    const files = (await (await fetch(`${cms()}/api/resource-files?limit=1`)).json()) as { docs: Array<{ url: string }> }
    expect(files.docs.length).toBe(1)
    const download = await fetch(new URL(files.docs[0].url, cms()))
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox; frame-ancestors 'none'")
    expect(download.headers.get('x-frame-options')).toBe('DENY')
  })

  it('refuses to register a first user, naming the command that makes the administrator', async () => {
    const response = await fetch(`${cms()}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.test', password: 'a long enough password', name: 'Intruder' }),
    })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('npm run admin:create')
  })

  it('answers a password reset request (the database is no longer locked)', async () => {
    const response = await fetch(`${cms()}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: inject('adminEmail') }),
    })
    expect(response.status).toBe(200)
  })

  it('has no GraphQL playground and refuses introspection in production', async () => {
    expect((await fetch(`${cms()}/api/graphql-playground`)).status).toBe(404)
    const introspection = await fetch(`${cms()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    })
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection is available in development only/)
  })
})
