import { defineCollection } from 'astro:content'
import { mapContentCollections, type ContentKey } from './loaders/contentCollections'
import { contentLoader } from './loaders/contentLoader'
import { readRecords } from './loaders/payloadSource'

/**
 * One Astro collection per entry of the content table (loaders/contentCollections.ts):
 * its records read from Payload (or PORTAL_SNAPSHOT), each validated against
 * the entry's schema; a record that does not match is left out and reported.
 * Pages read the entries through lib/content.ts, typed from the same table.
 */
export const collections = mapContentCollections<Record<ContentKey, ReturnType<typeof defineCollection>>>((content, collection) =>
  defineCollection({ loader: contentLoader(content, collection, () => readRecords(content, collection)), schema: collection.schema }),
)
