import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { staffOnly } from '../../access/staffOnly'
import { config } from '../../../domain/config'
import { IMPORTERS } from '../../importers/registry'
import { validateHttpUrl } from '../fields'
import { importProgressEndpoint } from './importProgressEndpoint'
import { refuseMarkup } from './refuseMarkup'
import { recordUploader, startImport } from './startImport'

const readOnly = { readOnly: true }

/**
 * A file a curator uploads to import: the importer to use, and once it has run,
 * how it ended and its summary (every row accounted for). Curators and admins
 * only; the uploaded file is served to them alone. The file must be CSV, a
 * 360Giving JSON package or an XLSX workbook of grants: the importer then checks
 * its encoding, layout and every cell.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'Import', plural: 'Imports' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'status', 'createdAt'],
    group: 'Pay gaps and workforce',
    description:
      'Upload a CSV file (or, for grants, a 360Giving JSON package or XLSX spreadsheet) to import pay gaps, workforce profiles or grants. The import runs after you save; this page shows its progress, then its summary. A refused file stores nothing.',
  },
  access: { read: staffOnly, create: staffOnly, update: adminOnly, delete: adminOnly },
  upload: {
    staticDir: config.importUploadDir,
    // CSV (browsers call it any of the first four), a 360Giving JSON package, or an XLSX workbook of grants. Payload checks the type by content.
    mimeTypes: [
      'text/csv',
      'text/plain',
      'application/csv',
      'application/vnd.ms-excel',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    // Never shown in the browser: an uploaded file is downloaded, not rendered.
    displayPreview: false,
  },
  hooks: { beforeValidate: [refuseMarkup], beforeChange: [recordUploader], afterChange: [startImport] },
  endpoints: [importProgressEndpoint],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: Object.entries(IMPORTERS).map(([value, { label }]) => ({ value, label })),
      admin: { description: 'What the file is. The portal’s own templates are on the public site’s data page.' },
    },
    {
      name: 'year',
      type: 'number',
      min: 2000,
      max: 2100,
      admin: {
        condition: (data) => data?.kind === 'gpg',
        description: 'Only for Gender Pay Gap Service files without a DueDate column (before 2019): the reporting year.',
      },
    },
    {
      name: 'licence',
      type: 'text',
      validate: validateHttpUrl,
      admin: {
        condition: (data) => data?.kind === 'grants',
        description:
          'Only for grants files that do not state one: the licence the publisher gave, as a web address (e.g. https://creativecommons.org/licenses/by/4.0/).',
      },
    },
    {
      name: 'publisher',
      type: 'text',
      admin: {
        condition: (data) => data?.kind === 'grants',
        description: 'Only for grants files that do not name one: who published them.',
      },
    },
    {
      name: 'acceptPartial',
      type: 'checkbox',
      label: 'Accept a partial import',
      defaultValue: false,
      admin: {
        description:
          'A file with more than 5% of its rows rejected is refused and nothing is stored. Tick this, once you have read why, to store the rows that can be read.',
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      required: true,
      options: [
        { value: 'queued', label: 'Running' },
        { value: 'finished', label: 'Finished' },
        { value: 'refused', label: 'Refused: nothing stored' },
        { value: 'failed', label: 'Failed: nothing stored' },
      ],
      admin: { position: 'sidebar', ...readOnly },
    },
    {
      name: 'progress',
      type: 'ui',
      admin: { components: { Field: '/components/ImportProgress#ImportProgress' } },
    },
    { name: 'summary', type: 'textarea', admin: { ...readOnly, rows: 12, description: 'Every row of the file, accounted for.' } },
    {
      name: 'counts',
      type: 'group',
      admin: readOnly,
      fields: (
        ['rows', 'created', 'updated', 'unchanged', 'rejected', 'flagged', 'keptManualCorrections', 'organisationsCreated'] as const
      ).map((name) => ({ name, type: 'number' as const, admin: readOnly })),
    },
    { name: 'startedBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', ...readOnly } },
    { name: 'finishedAt', type: 'date', admin: { position: 'sidebar', ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
