import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // \`npm test\` type-checks the whole repository with tsc; checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
  // The admin is the only app here; send the bare host to it.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // The admin and the API are never framed (clickjacking), never sniffed into another
  // type, and do not send their addresses (which can hold a reset token) to other sites.
  // A header set here replaces the route's own, so the API gets no CSP here: library
  // files carry their own sandboxing one (collections/ResourceFiles.ts).
  async headers() {
    const security = [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'same-origin' },
    ]
    const admin = [...security, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }]
    return [
      { source: '/admin', headers: admin },
      { source: '/admin/:path*', headers: admin },
      { source: '/api/:path*', headers: security },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
