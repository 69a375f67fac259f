import type { z } from 'astro/zod'
import type { CollectionSlug, DataFromCollectionSlug, TypeWithVersion } from 'payload'
import { statusChangesFromVersions, trackerChangesFromVersions, type StoredVersion } from './history'
import { commitmentSchema, statusChangeSchema } from './schemas/commitments'
import { fundingApplicationSchema, fundingTargetSchema, grantSchema } from './schemas/funding'
import { equalityPublicationSchema, seriesFigureSchema } from './schemas/levels'
import { caseStudySchema, resourceFileSchema, resourceSchema } from './schemas/library'
import { correctionSchema, datasetReleaseSchema } from './schemas/openData'
import { organisationSchema } from './schemas/organisations'
import { payGapReportSchema } from './schemas/payGaps'
import { metricSchema, returnSchema } from './schemas/returns'
import { actionSchema, prioritySchema, stageSchema, stepSchema } from './schemas/plan'
import { trackerActionSchema, trackerChangeSchema } from './schemas/programmeTracker'
import { workforceProfileSchema } from './schemas/workforce'
import { mergedPublished } from './publishedMerge'
import { appendedVersions, trimmed, type KeptVersion, type KeptRead } from './versionsAppend'

/**
 * The one table from the CMS to the site's content: each content key (what
 * pages call it) names the Payload collection it comes from and the schema each
 * entry must match. The build's read of the content (lib/readContent.ts), the
 * content types and the raw content pages index (lib/indexContent.ts) and the
 * benchmark snapshot's shape
 * (loaders/payloadSource.ts) are all derived from it, so a new public collection
 * is one entry here and its schema.
 *
 * `CollectionSlug` is Payload's own, generated from the CMS config into
 * cms/payload-types.ts, so a renamed or removed collection fails to compile.
 * This module imports no Payload code (types only): pages import it, and the
 * readers are handed in as a ContentSource.
 */

/** Where entries are read from: Payload's Local API as an anonymous reader (loaders/payloadSource.ts). */
export interface ContentSource {
  /** Every published document of a collection, as an anonymous reader sees it. */
  published<C extends CollectionSlug>(collection: C): Promise<DataFromCollectionSlug<C>[]>
  /** The versions of a collection an anonymous reader sees, oldest first; `publishedOnly` leaves drafts out. */
  versions<C extends CollectionSlug>(
    collection: C,
    options: { publishedOnly: boolean },
  ): Promise<TypeWithVersion<DataFromCollectionSlug<C>>[]>
  /**
   * A value that changes whenever what `published` may return does (loaders/payloadFingerprint.ts);
   * undefined when none can be made, and the collection is then read afresh.
   */
  publishedFingerprint(collection: CollectionSlug): Promise<string | undefined>
  /** The same for what `versions` returns. */
  versionsFingerprint(collection: CollectionSlug, options: { publishedOnly: boolean }): Promise<string | undefined>
  /** The documents `published` would return that were saved (`updatedAt`) at or after `since`, and how many `published` would return in all. */
  publishedSavedSince<C extends CollectionSlug>(collection: C, since: string): Promise<{ docs: DataFromCollectionSlug<C>[]; total: number }>
  /** The versions `versions` would return that were saved (`updatedAt`) after `after`, oldest first, and how many `versions` would return in all. */
  versionsSavedAfter<C extends CollectionSlug>(
    collection: C,
    options: { publishedOnly: boolean },
    after: string,
  ): Promise<{ versions: TypeWithVersion<DataFromCollectionSlug<C>>[]; total: number }>
}

/** What a collection's read gives: its records, and for records derived from versions, those versions (trimmed) to keep. */
export interface CollectionRead {
  records: unknown[]
  versions?: KeptVersion[]
  /** Set when the kept read was brought up to date: how many records or versions saved since were read. */
  savedSince?: number
}

/** A record the site stores: an object (the schema drops any field it does not name). */
type RecordSchema = z.ZodType<Record<string, unknown>>

export interface ContentCollection<C extends CollectionSlug = CollectionSlug, S extends RecordSchema = RecordSchema> {
  /** The Payload collection the entries come from. */
  collection: C
  /** What each entry must match; an entry that does not is left out and reported (lib/readContent.ts). */
  schema: S
  /** Documents keep their Payload IDs; records derived from versions are numbered in order. */
  ids: 'document' | 'position'
  /** `kept`: the versions an earlier read kept, which a read of records derived from versions may extend (loaders/versionsAppend.ts). */
  read: (source: ContentSource, kept?: KeptRead) => Promise<CollectionRead>
  /** Changes whenever what `read` returns does (ContentSource's fingerprints). */
  fingerprint: (source: ContentSource) => Promise<string | undefined>
}

/**
 * A collection's published documents, one entry each. `changedOnly`: a later
 * read takes only the documents saved since (loaders/publishedMerge.ts); say it
 * only of a collection whose public read depends on the record's own fields,
 * so that nothing but a save shows, changes or hides a record.
 */
const published = <C extends CollectionSlug, S extends RecordSchema>(collection: C, schema: S, options: { changedOnly?: true } = {}) => ({
  collection,
  schema,
  ids: 'document' as const,
  read: async (source: ContentSource, kept?: KeptRead): Promise<CollectionRead> => {
    const merged = options.changedOnly && kept ? await mergedPublished(source, collection, kept) : undefined
    return merged ?? { records: await source.published(collection) }
  },
  fingerprint: (source: ContentSource) => source.publishedFingerprint(collection),
})

/**
 * Records derived from a collection's versions (oldest first) by a function of its own (loaders/history.ts),
 * which reads only `fields` of each saved version: the versions are kept with those fields alone.
 */
const derived = <C extends CollectionSlug, S extends RecordSchema, F extends keyof DataFromCollectionSlug<C> & string>(
  collection: C,
  schema: S,
  versions: { publishedOnly: boolean },
  fields: readonly F[],
  fromVersions: (versions: StoredVersion<Partial<Pick<DataFromCollectionSlug<C>, F>>>[]) => z.input<S>[],
) => ({
  collection,
  schema,
  ids: 'position' as const,
  read: async (source: ContentSource, kept?: KeptRead): Promise<CollectionRead> => {
    const extended = kept && (await appendedVersions(source, collection, versions, fields, kept))
    const all = extended ? extended.versions : (await source.versions(collection, versions)).map((v) => trimmed(v, fields))
    // Trimmed to `fields`, which is what fromVersions is declared to read.
    const records = fromVersions(all as StoredVersion<Partial<Pick<DataFromCollectionSlug<C>, F>>>[])
    return { records, versions: all, ...(extended ? { savedSince: extended.savedSince } : {}) }
  },
  fingerprint: (source: ContentSource) => source.versionsFingerprint(collection, versions),
})

export const CONTENT_COLLECTIONS = {
  stages: published('stages', stageSchema),
  priorities: published('priorities', prioritySchema),
  actions: published('actions', actionSchema),
  steps: published('steps', stepSchema),
  organisations: published('organisations', organisationSchema),
  // Public when published (publishedOrOwnOrganisation): its own status, nothing joined.
  commitments: published('commitments', commitmentSchema, { changedOnly: true }),
  statusChanges: derived('commitments', statusChangeSchema, { publishedOnly: true }, ['status', 'sourceDate'], statusChangesFromVersions),
  returns: published('returns', returnSchema),
  metrics: published('metrics', metricSchema),
  payGapReports: published('pay-gap-reports', payGapReportSchema),
  workforceProfiles: published('workforce-profiles', workforceProfileSchema),
  grants: published('grants', grantSchema),
  fundingApplications: published('funding-applications', fundingApplicationSchema),
  fundingTargets: published('funding-targets', fundingTargetSchema),
  cityIndicators: published('city-indicators', seriesFigureSchema),
  surveyResults: published('survey-results', seriesFigureSchema),
  equalityPublications: published('equality-publications', equalityPublicationSchema),
  resources: published('resources', resourceSchema),
  resourceFiles: published('resource-files', resourceFileSchema),
  caseStudies: published('case-studies', caseStudySchema),
  // The slug names the programme (Tackling Racial Inequality) and is kept: API addresses are a promise.
  trackerActions: published('tri-actions', trackerActionSchema),
  trackerChanges: derived(
    'tri-actions',
    trackerChangeSchema,
    { publishedOnly: false },
    ['key', 'rag', 'status', 'sourceDate'],
    trackerChangesFromVersions,
  ),
  datasetReleases: published('dataset-releases', datasetReleaseSchema),
  corrections: published('corrections', correctionSchema),
} satisfies Record<string, ContentCollection>

export type ContentCollections = typeof CONTENT_COLLECTIONS
type Table = ContentCollections
export type ContentKey = keyof Table

/** An entry as pages read it: what its schema gives, with its ID when it is a document. */
export type ContentEntry<K extends ContentKey> = z.output<Table[K]['schema']> &
  (Table[K]['ids'] extends 'document' ? { id: string } : unknown)

/** A record as the build reads it, before validation: what its schema accepts, with the document's Payload ID. */
export type ContentRecord<K extends ContentKey> = z.input<Table[K]['schema']> &
  (Table[K]['ids'] extends 'document' ? { id: number | string } : unknown)

/**
 * Collections the site never publishes: accounts, import runs, matches to review and Payload's
 * own. Every other collection needs an entry above; the check below fails to
 * compile, naming the collection, when one has none, and
 * test/unit/contentCollections.test.ts checks the same against the CMS's
 * access rules.
 */
type NotOnSite = 'users' | 'imports' | 'problem-reports' | 'match-reviews' | `payload-${string}`
export type UncoveredCollection = Exclude<Exclude<CollectionSlug, NotOnSite>, Table[ContentKey]['collection']>
const everyPublicCollectionHasAnEntry: [UncoveredCollection] extends [never] ? true : { missing: UncoveredCollection } = true
void everyPublicCollectionHasAnEntry

/** The content keys in table order. */
export const CONTENT_KEYS = Object.keys(CONTENT_COLLECTIONS) as ContentKey[] // Object.keys is typed string[] whatever the object.

/**
 * One value per content key, as `build` makes it for each entry. Object.fromEntries
 * forgets which key holds which type; `build`'s signature keeps that, hence the cast.
 */
export function mapContentCollections<R extends { [K in ContentKey]: unknown }>(
  build: <K extends ContentKey>(key: K, entry: Table[K]) => R[K],
): R {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, build(key, CONTENT_COLLECTIONS[key])])) as R
}

/** As mapContentCollections, for a `build` that reads asynchronously. */
export async function mapContentCollectionsAsync<R extends { [K in ContentKey]: unknown }>(
  build: <K extends ContentKey>(key: K, entry: Table[K]) => Promise<R[K]>,
): Promise<R> {
  const values = await Promise.all(CONTENT_KEYS.map(async (key) => [key, await build(key, CONTENT_COLLECTIONS[key])] as const))
  return Object.fromEntries(values) as R
}
