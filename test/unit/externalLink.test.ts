import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { addressProblem, checkExternalLink, isPrivateAddress, type LinkCheckEnvironment } from '../../cms/lib/externalLink'

describe('checking external links without reaching private addresses', () => {
  it('knows private, loopback, link-local and mapped addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(address), address).toBe(true)
    for (const address of ['8.8.8.8', '151.101.0.81', '2a04:4e42::81']) expect(isPrivateAddress(address), address).toBe(false)
  })

  it('knows IPv6 forms that carry a private IPv4 address: compatible, mapped, translated, NAT64, 6to4', () => {
    for (const address of ['::7f00:1', '::127.0.0.1', '::ffff:0:7f00:1', '::ffff:7f00:1', '64:ff9b::a00:1', '2002:7f00:1::', '2001:db8::1'])
      expect(isPrivateAddress(address), address).toBe(true)
    expect(addressProblem(new URL('http://[::127.0.0.1]/'))).toMatch(/not a public address/)
    expect(addressProblem(new URL('http://[::ffff:0:7f00:1]/'))).toMatch(/not a public address/)
    expect(addressProblem(new URL('http://[::ffff:127.0.0.1]/'))).toMatch(/not a public address/)
  })

  it('refuses before any network use: other schemes, credentials, odd ports, private hosts', () => {
    expect(addressProblem(new URL('javascript:alert(1)'))).toMatch(/only http and https/)
    expect(addressProblem(new URL('file:///etc/passwd'))).toMatch(/only http and https/)
    expect(addressProblem(new URL('https://user:pw@example.org/'))).toMatch(/user name or password/)
    expect(addressProblem(new URL('http://example.org:8080/'))).toMatch(/standard ports/)
    expect(addressProblem(new URL('http://169.254.169.254/latest/meta-data/'))).toMatch(/not a public address/)
    expect(addressProblem(new URL('http://[::1]/'))).toMatch(/not a public address/)
    expect(addressProblem(new URL('http://localhost/'))).toMatch(/not a public host/)
    expect(addressProblem(new URL('https://www.london.gov.uk/'))).toBeUndefined()
  })

  /** A local server stands in for a public site: in this test 127.0.0.1 counts as public and any port is allowed; 10.x stays private. */
  async function withServer(
    handler: Parameters<typeof createServer>[1],
    test: (environment: LinkCheckEnvironment, port: number) => Promise<void>,
  ) {
    const server = createServer(handler)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const names: Record<string, string> = { 'public.test': '127.0.0.1', 'intranet.test': '10.0.0.7' }
    const environment: LinkCheckEnvironment = {
      resolve: async (host) => (names[host] ? [{ address: names[host], family: 4 }] : Promise.reject(new Error(`no such host ${host}`))),
      isPrivate: (address) => address.startsWith('10.'),
      allowedPorts: new Set(['', String(port)]),
    }
    try {
      await test(environment, port)
    } finally {
      server.close()
    }
  }

  it('follows redirects, and refuses one to a name that resolves to a private address', async () => {
    let hits = 0
    await withServer(
      (req, res) => {
        hits++
        if (req.url === '/moved') res.writeHead(301, { location: '/here' })
        else if (req.url === '/sneaky') res.writeHead(302, { location: 'http://intranet.test/secrets' })
        else if (req.url === '/gone') res.writeHead(404)
        else res.writeHead(200)
        res.end()
      },
      async (environment, port) => {
        expect(await checkExternalLink(`http://public.test:${port}/moved`, { environment })).toEqual({
          status: 'ok',
          httpStatus: 200,
          finalUrl: `http://public.test:${port}/here`,
        })
        expect(await checkExternalLink(`http://public.test:${port}/gone`, { environment })).toMatchObject({
          status: 'broken',
          httpStatus: 404,
        })
        const before = hits
        expect(await checkExternalLink(`http://public.test:${port}/sneaky`, { environment })).toEqual({
          status: 'refused',
          message: 'intranet.test resolves to 10.0.0.7, which is not a public address',
        })
        expect(hits).toBe(before + 1)
        expect(await checkExternalLink('http://nowhere.test/', { environment })).toMatchObject({ status: 'unreachable' })
      },
    )
  })
})
