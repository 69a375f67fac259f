import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { config } from './domain/config.ts'
import { routeManifest } from './site/integrations/routeManifest.ts'
import { stageTimingLines } from './site/lib/buildTimings.ts'
import { contentCacheSummary } from './site/loaders/contentCache.ts'
import { writeDatasetSummaries } from './site/lib/datasets/summaries.ts'

/**
 * The public portal: a static build from srcDir `site/`. SITE_OUT_DIR lets the
 * rebuild script build beside the live site and swap it in when finished.
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: config.siteOutDir,
  site: config.siteUrl,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    routeManifest(),
    // Says how long reading from Payload and the dataset downloads took (site/lib/buildTimings.ts), for the benchmark.
    {
      name: 'build-timings',
      hooks: { 'astro:build:done': () => [...contentCacheSummary(), ...stageTimingLines()].forEach((line) => console.log(line)) },
    },
    // What the data page and catalogue stated of each dataset, for the incremental builds after this one (site/lib/datasets/summaries.ts).
    { name: 'dataset-summaries', hooks: { 'astro:build:done': ({ dir }) => writeDatasetSummaries(fileURLToPath(dir)) } },
  ],
  vite: {
    // Payload and its database drivers run as plain Node packages when the pages read the content (site/lib/readContent.ts).
    ssr: { external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', 'libsql', '@libsql/client', 'mongoose', 'sharp'] },
  },
})
