import { getCollection } from 'astro:content'
import { mapContentCollectionsAsync, type ContentCollections, type ContentKey } from '../loaders/contentCollections'
import { indexContent, type PortalContent, type RawContent } from './indexContent'

export type { WorkforceProfile } from './indexContent'
export type {
  Action,
  AnnualReturn,
  Metric,
  CaseStudy,
  Correction,
  DatasetReleaseEntry,
  EqualityPublication,
  SeriesFigure,
  Commitment,
  FundingApplication,
  FundingTarget,
  Grant,
  Organisation,
  PayGapReport,
  PortalContent,
  Priority,
  Resource,
  ResourceFile,
  Stage,
  StatusChange,
  Step,
  TrackerAction,
  TrackerChange,
} from './indexContent'

/**
 * All published content, loaded once per build and indexed for the pages. Pages
 * read this, never the database. One Astro collection per entry of the content
 * table; documents keep their IDs, derived histories are records without one.
 */
async function entriesOf<K extends ContentKey>(content: K, collection: ContentCollections[K]): Promise<RawContent[K]> {
  const entries = await getCollection(content)
  const loaded = collection.ids === 'document' ? entries.map((e) => Object.assign({}, e.data, { id: e.id })) : entries.map((e) => e.data)
  // Each entry's data is the output of this collection's schema (contentLoader validated it against
  // it); astro:content types every collection alike because content.config.ts builds them in a loop.
  return loaded as RawContent[K]
}

let cached: Promise<PortalContent> | undefined

async function load(): Promise<PortalContent> {
  return indexContent(await mapContentCollectionsAsync<RawContent>(entriesOf))
}

export function portalContent(): Promise<PortalContent> {
  cached ??= load()
  return cached
}
