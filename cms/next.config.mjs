import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // \`npm test\` type-checks the whole repository with tsc; checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
  // The admin is the only app here; send the bare host to it.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
