import type { APIRoute } from 'astro'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../../../../../../domain/config'
import { portalContent } from '../../../../../lib/content'
import { pathsToBuild } from '../../../../../lib/buildScope'

/**
 * Every release of every dataset at a stable address, /data/<slug>/releases/<n>/<slug>.csv:
 * the CSV exactly as it was released, kept with the dataset-releases collection.
 */
export async function getStaticPaths() {
  return pathsToBuild('data/[slug]/releases/[release]/[file].csv.ts', await allPaths())

  async function allPaths() {
    const content = await portalContent()
    return [...content.releasesByDataset.values()].flat().map((r) => ({
      params: { slug: r.dataset, release: String(r.number), file: r.dataset },
      props: { filename: r.filename },
    }))
  }
}

export const GET: APIRoute = ({ props }) => {
  const file = resolve(config.releaseUploadDir, (props as { filename: string }).filename)
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
