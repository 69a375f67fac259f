import type { APIRoute } from 'astro'
import { config } from '../../../domain/config'
import { allDatasetSummaries } from '../../lib/datasets/build'
import { dcatCatalogue } from '../../lib/datasets/dcat'
import { datasetReleases } from '../../lib/datasets/releases'

export const GET: APIRoute = async ({ site }) => {
  const entries = await Promise.all(
    (await allDatasetSummaries()).map(async (d) => ({ ...d, releases: await datasetReleases(d.spec.slug) })),
  )
  return new Response(JSON.stringify(dcatCatalogue(entries, site, config.contactEmail), null, 2), {
    headers: { 'Content-Type': 'application/ld+json' },
  })
}
