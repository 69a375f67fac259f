import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import ipaddr from 'ipaddr.js'
import { BlockList, isIP } from 'node:net'

/**
 * Checks an external link a contributor gives, without letting the server be
 * used to reach private addresses (SSRF): only http and https on their standard
 * ports, no credentials in the address, and every address the host resolves to
 * is checked at connection time (the lookup is the socket's own, so a DNS answer
 * that changes between check and connect cannot slip through). Redirects are
 * followed by hand, each checked the same way. A link that cannot be reached is
 * reported, not refused: sites go down; a private address is refused.
 */
export type LinkCheck =
  | { status: 'ok'; httpStatus: number; finalUrl: string }
  | { status: 'broken'; httpStatus: number; message: string }
  | { status: 'unreachable'; message: string }
  | { status: 'refused'; message: string }

const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6')

/** IPv4-compatible IPv6 addresses (::a.b.c.d, RFC 4291 deprecated them): ipaddr.js calls them unicast. */
const IPV4_COMPATIBLE = [ipaddr.IPv6.parse('::'), 96] as [ipaddr.IPv6, number]

/**
 * Loopback, private, link-local, shared, documentation, multicast or reserved:
 * anything not on the public internet. IPv6 forms that carry an IPv4 address
 * (mapped ::ffff:0:0/96, translated ::ffff:0:0:0/96, compatible ::/96, NAT64,
 * 6to4, Teredo) are refused too; ipaddr.js names the ranges, so `[::127.0.0.1]`
 * (written ::7f00:1 once parsed) and `[::ffff:0:7f00:1]` are caught.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  if (family === 4) return blocked.check(address, 'ipv4') || ipaddr.IPv4.parse(address).range() !== 'unicast'
  const v6 = ipaddr.IPv6.parse(address)
  if (v6.isIPv4MappedAddress()) return isPrivateAddress(v6.toIPv4Address().toString())
  if (v6.match(IPV4_COMPATIBLE)) return true
  return blocked.check(address, 'ipv6') || v6.range() !== 'unicast'
}

class RefusedAddress extends Error {}

/** What the check uses from the network; tests replace them to stand a local server in for a public one. */
export interface LinkCheckEnvironment {
  resolve: (hostname: string) => Promise<LookupAddress[]>
  isPrivate: (address: string) => boolean
  allowedPorts: ReadonlySet<string>
}

const NETWORK: LinkCheckEnvironment = {
  resolve: (hostname) =>
    new Promise((resolve, reject) =>
      dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
    ),
  isPrivate: isPrivateAddress,
  allowedPorts: new Set(['', '80', '443']),
}

/** A DNS lookup for sockets that fails when any address is private. */
function guardedLookup(environment: LinkCheckEnvironment) {
  return (
    hostname: string,
    options: { all?: boolean },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    environment.resolve(hostname).then(
      (addresses) => {
        const privateOne = addresses.find((a) => environment.isPrivate(a.address))
        if (privateOne)
          return callback(new RefusedAddress(`${hostname} resolves to ${privateOne.address}, which is not a public address`), [])
        if (options.all) return callback(null, addresses)
        callback(null, addresses[0].address, addresses[0].family)
      },
      (error: Error) => callback(error, []),
    )
  }
}

/** Why an address may not be fetched at all, before any network use; undefined when it may. */
export function addressProblem(url: URL, environment: LinkCheckEnvironment = NETWORK): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `only http and https links can be checked, not ${url.protocol}`
  if (url.username || url.password) return 'a link may not carry a user name or password'
  if (!environment.allowedPorts.has(url.port)) return `only the standard ports can be checked, not ${url.port}`
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && environment.isPrivate(host)) return `${host} is not a public address`
  if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) return `${host} is not a public host`
  return undefined
}

function head(url: URL, timeoutMs: number, environment: LinkCheckEnvironment): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'HEAD',
        lookup: guardedLookup(environment) as never,
        timeout: timeoutMs,
        headers: { 'user-agent': 'FairerCityPortal-LinkCheck/1.0' },
      },
      (response) => {
        response.resume()
        resolve(response)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    request.on('error', reject)
    request.end()
  })
}

export async function checkExternalLink(
  address: string,
  options: { timeoutMs?: number; maxRedirects?: number; environment?: LinkCheckEnvironment } = {},
): Promise<LinkCheck> {
  const environment = options.environment ?? NETWORK
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return { status: 'refused', message: `"${address}" is not a web address` }
  }
  for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
    const problem = addressProblem(url, environment)
    if (problem) return { status: 'refused', message: problem }
    let response: IncomingMessage
    try {
      response = await head(url, options.timeoutMs ?? 5000, environment)
    } catch (error) {
      if (error instanceof RefusedAddress) return { status: 'refused', message: error.message }
      return { status: 'unreachable', message: (error as Error).message }
    }
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (status >= 300 && status < 400 && location) {
      url = new URL(location, url)
      continue
    }
    // Some servers refuse HEAD; the page exists if they answer at all below 500, except 404 and 410.
    if (status === 404 || status === 410 || status >= 500)
      return { status: 'broken', httpStatus: status, message: `the server answered ${status}` }
    return { status: 'ok', httpStatus: status, finalUrl: url.toString() }
  }
  return { status: 'unreachable', message: 'too many redirects' }
}
