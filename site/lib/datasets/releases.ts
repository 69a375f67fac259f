import { portalContent } from '../content'
import type { DatasetRelease } from './types'

/** A dataset's releases, oldest first, as the site build recorded them (scripts/build-site.ts). */
export async function datasetReleases(slug: string): Promise<DatasetRelease[]> {
  return (await portalContent()).releasesByDataset.get(slug) ?? []
}
