import type { CollectionAfterChangeHook } from 'payload'

/** When a resource is published, its file becomes readable by everyone (before that, by its organisation and curators). */
export const publishResourceFile: CollectionAfterChangeHook = async ({ doc, req }) => {
  const fileId = typeof doc.file === 'object' && doc.file ? doc.file.id : doc.file
  if (doc._status !== 'published' || !fileId) return doc
  await req.payload.update({ collection: 'resource-files', id: fileId, data: { public: true }, req, overrideAccess: true })
  return doc
}
