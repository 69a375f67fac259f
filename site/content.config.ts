import { defineCollection } from 'astro:content'
import { mapContentCollections, type ContentCollection, type ContentKey } from './loaders/contentCollections'
import { readRecords } from './loaders/payloadSource'

/**
 * One Astro collection per entry of the content table (loaders/contentCollections.ts):
 * its records read from Payload (or PORTAL_SNAPSHOT) and validated by Astro
 * against the entry's schema. Pages read the entries through lib/content.ts,
 * typed from the same table.
 */
async function entries(content: ContentKey, collection: ContentCollection): Promise<Array<{ id: string }>> {
  const records = (await readRecords(content, collection)) as Array<{ id: number | string }>
  return records.map((record, index) => ({ ...record, id: collection.ids === 'document' ? String(record.id) : String(index) }))
}

export const collections = mapContentCollections<Record<ContentKey, ReturnType<typeof defineCollection>>>((content, collection) =>
  defineCollection({ loader: () => entries(content, collection), schema: collection.schema }),
)
