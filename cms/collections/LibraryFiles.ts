import type { Access, CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'
import { isStaff, reporterOrganisation, userOf } from '../access/roles'
import { staffOnly } from '../access/staffOnly'
import { resolve } from 'node:path'
import { config } from '../../domain/config'
import { describeFormulaCells, formulaCells, isCsv, markupIn, uploadedBytes, uploadedSize } from '../lib/uploadChecks'

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

const refuse = (collection: string, message: string) => new ValidationError({ collection, errors: [{ path: 'file', message }] })

/**
 * The library's rules on a file's bytes: 25 MB at most (Payload's own limit is
 * the 50 MB request limit); no markup a browser would run as a page (Payload
 * detects binary formats by their bytes; a CSV is plain text, read whole); and
 * no CSV cell a spreadsheet would run as a formula, since the file is served
 * to the public as it was uploaded (refused naming the cells, rather than
 * changed).
 */
const checkFileContent: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const file = req.file
  if (!file) return data
  const size = uploadedSize(file)
  // The site shows every file's size; Payload leaves it out when the upload does not say it.
  if (data) data.filesize = size
  if (size > RESOURCE_MAX_BYTES)
    throw refuse(
      collection.slug,
      `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the library takes files up to ${RESOURCE_MAX_BYTES / 1024 / 1024} MB.`,
    )
  const bytes = uploadedBytes(file)
  const csv = isCsv(file)
  if (markupIn(bytes, csv))
    throw refuse(collection.slug, 'The file contains web page markup or script, which the library does not accept in any format.')
  if (!csv) return data
  let formulas
  try {
    formulas = formulaCells(bytes)
  } catch (error) {
    throw refuse(collection.slug, `${file.name} is not well-formed CSV: ${(error as Error).message}`)
  }
  if (formulas.length > 0) throw refuse(collection.slug, describeFormulaCells(file.name, formulas))
  return data
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
      headers.set('Content-Security-Policy', "default-src 'none'; sandbox; frame-ancestors 'none'")
      return headers
    },
  },
  hooks: {
    beforeValidate: [
      checkFileContent,
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
