import type { Access, CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'
import { isStaff, reporterOrganisation, userOf } from '../access/roles'
import { staffOnly } from '../access/staffOnly'
import { resolve } from 'node:path'
import { config } from '../../domain/config'

/** What the library accepts: PDF, Office and OpenDocument formats, and CSV. Checked by content, not only by name. */
export const RESOURCE_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/csv',
]

export const RESOURCE_MAX_BYTES = 25 * 1024 * 1024

/**
 * Text that a browser would run as a page. Payload detects binary formats by
 * their bytes; a CSV is plain text, so markup in one is refused here.
 */
const MARKUP = /<\s*(script|html|body|iframe|object|embed|svg|!doctype)\b/i

const refuseMarkupAndSize: CollectionBeforeValidateHook = ({ req, collection }) => {
  const file = req.file
  if (!file) return
  if (file.size > RESOURCE_MAX_BYTES)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the library takes files up to ${RESOURCE_MAX_BYTES / 1024 / 1024} MB.`,
        },
      ],
    })
  const head = (file.data ?? Buffer.alloc(0)).subarray(0, 4096).toString('latin1')
  if (MARKUP.test(head))
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'file', message: 'The file contains web page markup or script, which the library does not accept in any format.' }],
    })
}

/** Public once a published resource uses the file; before that, its organisation and curators only. */
const readFiles: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  const organisation = reporterOrganisation(user)
  const published = { public: { equals: true } }
  return organisation === undefined ? published : { or: [published, { organisation: { equals: organisation } }] }
}

const uploadFiles: Access = ({ req }) => isStaff(userOf(req)) || reporterOrganisation(userOf(req)) !== undefined

/** Files attached to library resources, served as downloads. */
export const LibraryFiles: CollectionConfig = {
  slug: 'resource-files',
  labels: { singular: 'Library file', plural: 'Library files' },
  admin: { group: 'Good-practice library', useAsTitle: 'filename' },
  access: { read: readFiles, create: uploadFiles, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: config.resourceUploadDir,
    mimeTypes: RESOURCE_MIME_TYPES,
    displayPreview: false,
    // Served as downloads that a browser must not open or sniff as a page.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
      return headers
    },
  },
  hooks: {
    beforeValidate: [
      refuseMarkupAndSize,
      ({ data, req }) => {
        const organisation = reporterOrganisation(userOf(req))
        if (data && organisation !== undefined) data.organisation = organisation
        return data
      },
    ],
  },
  fields: [
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', index: true },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: ({ req }) => isStaff(userOf(req)) },
      admin: { readOnly: true, description: 'Set when a published resource uses the file.' },
    },
  ],
}
