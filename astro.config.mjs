import { defineConfig } from 'astro/config'

/**
 * The public portal: a static build from srcDir `site/`. SITE_OUT_DIR lets the
 * rebuild script build beside the live site and swap it in when finished.
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist/site',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // Payload and its database drivers run as plain Node packages in the loaders.
    ssr: { external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'libsql', '@libsql/client', 'mongoose', 'sharp'] },
  },
})
