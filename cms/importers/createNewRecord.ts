import {
  afterChangeTraverseFields,
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  deepCopyObjectSimple,
  ValidationError,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type { NewRecords } from './importSummary'

/**
 * Creates a record an import has just read, as Payload's create operation would
 * (payload/dist/collections/operations/create.js) for the portal's collections
 * (no uploads, no auth, no localisation), without the version bookkeeping that
 * a record created a moment ago does not need: Payload's create looks for
 * versions beyond `maxPerDoc` to prune after saving the first one, a query per
 * record that can find nothing. Everything that decides what is stored runs as
 * in Payload: the fields' beforeValidate (defaults), the collection's
 * beforeValidate and beforeChange hooks (slug, review state, editor,
 * corrections), the fields' beforeChange with validation (a bad value throws
 * Payload's ValidationError), then the document and its first version (latest,
 * as Payload writes it) through the database adapter in the import's
 * transaction, then the fields' and the collection's afterChange hooks (the
 * corrections log, the site rebuild, which imports switch off).
 *
 * What is skipped: the pruning query, and afterRead (an import reads its
 * records back at depth 0, as stored). Adapter-neutral: Payload's APIs only.
 * test/int/createNewRecord.int.test.ts imports a real file both ways and
 * compares every record and version.
 */
export async function createNewRecord(
  payload: Payload,
  req: PayloadRequest,
  slug: CollectionSlug,
  incoming: Record<string, unknown>,
): Promise<Record<string, unknown> & { id: number | string }> {
  const collection = payload.collections[slug].config
  if (collection.upload || collection.auth || payload.config.localization)
    throw new Error(`createNewRecord: ${slug} needs Payload's full create operation (uploads, auth or localisation).`)
  // As payload.create({ context: { importing: true } }) does: the context is merged into the shared request's.
  req.context = { ...req.context, importing: true }
  const { context } = req
  const common = { collection, context, global: null, operation: 'create' as const, overrideAccess: true, req }
  const path = { parentIndexPath: '', parentIsLocalized: false, parentPath: '', parentSchemaPath: '' }
  let data = deepCopyObjectSimple(incoming)
  await beforeValidateTraverseFields({
    ...common,
    ...path,
    data,
    doc: {},
    docForHooks: {},
    fields: collection.fields,
    siblingData: data,
    siblingDoc: {},
  })
  for (const hook of collection.hooks.beforeValidate ?? [])
    data = (await hook({ collection, context, data, operation: 'create', originalDoc: {}, req })) || data
  for (const hook of collection.hooks.beforeChange ?? [])
    data = (await hook({ collection, context, data, operation: 'create', originalDoc: {}, req })) || data
  const toStore = deepCopyObjectSimple(data)
  const errors: ConstructorParameters<typeof ValidationError>[0]['errors'] = []
  const mergeLocaleActions: Array<() => Promise<void> | void> = []
  await beforeChangeTraverseFields({
    ...common,
    ...path,
    data: toStore,
    doc: {},
    docWithLocales: {},
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    mergeLocaleActions,
    siblingData: toStore,
    siblingDoc: {},
    siblingDocWithLocales: {},
    skipValidation: false,
  })
  if (errors.length > 0) throw new ValidationError({ collection: slug, errors, req }, req.t)
  for (const action of mergeLocaleActions) await action()

  const stored = (await payload.db.create({ collection: slug, data: toStore, req })) as Record<string, unknown> & { id: number | string }
  const doc = withoutInternalFields(stored)
  if (collection.versions) {
    const now = new Date().toISOString()
    await payload.db.createVersion({
      autosave: false,
      collectionSlug: slug,
      createdAt: now,
      parent: doc.id,
      publishedLocale: undefined,
      req,
      returning: false,
      updatedAt: now,
      versionData: deepCopyObjectSimple(doc) as never,
    })
  }

  let result: Record<string, unknown> = await afterChangeTraverseFields({
    ...common,
    ...path,
    data,
    doc,
    fields: collection.fields,
    previousDoc: {},
    previousSiblingDoc: {},
    siblingData: data,
    siblingDoc: doc,
  }).then(() => doc)
  for (const hook of collection.hooks.afterChange ?? [])
    result = (await hook({ collection, context, data, doc: result, operation: 'create', previousDoc: {}, req })) || result
  return result as typeof doc
}

/** As Payload's sanitizeInternalFields: MongoDB's `_id` is the id, `__v` is left out. */
function withoutInternalFields(doc: Record<string, unknown>): Record<string, unknown> & { id: number | string } {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) {
    if (key === '_id') out.id = value
    else if (key !== '__v') out[key] = value
  }
  return out as Record<string, unknown> & { id: number | string }
}

/**
 * A record an import creates, written as `newRecords` says (ImportOptions):
 * by createNewRecord, the default, or by payload.create itself, which the test
 * comparing the two uses. `draft` is payload.create's (an organisation held
 * for review); createNewRecord reads the record's `_status` instead.
 */
export async function createImportedRecord(
  payload: Payload,
  req: PayloadRequest,
  slug: CollectionSlug,
  data: Record<string, unknown>,
  options: { newRecords?: NewRecords; draft?: boolean } = {},
): Promise<Record<string, unknown> & { id: number | string }> {
  if ((options.newRecords ?? 'without-version-pruning') === 'without-version-pruning') return createNewRecord(payload, req, slug, data)
  return (await payload.create({
    collection: slug,
    data: data as never,
    draft: options.draft,
    req,
    overrideAccess: true,
    depth: 0, // as loaded: importers keep records unpopulated
    context: { ...req.context, importing: true },
  })) as unknown as Record<string, unknown> & { id: number | string }
}
