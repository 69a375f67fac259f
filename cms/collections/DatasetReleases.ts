import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { config } from '../../domain/config'

const nobody = () => false

/**
 * A numbered release of a public dataset: made by the site build (a step of
 * scripts/build-site.ts, before pages are rendered) when a dataset's CSV
 * differs from its last release, with a note of rows added, changed and
 * removed and the corrections since. The release's CSV is the upload, kept in
 * RELEASE_UPLOAD_DIR (or a Payload storage adapter), so releases survive
 * rebuilds on SQLite and MongoDB alike; the site republishes each at
 * /data/<slug>/releases/<n>/<slug>.csv. Releases are public and never edited.
 */
export const DatasetReleases: CollectionConfig = {
  slug: 'dataset-releases',
  labels: { singular: 'Dataset release', plural: 'Dataset releases' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'releasedAt', 'rowCount'],
    group: 'Review',
    description: 'Made by the site build when a dataset changes. Each stays downloadable at its own address.',
  },
  access: { read: anyone, create: nobody, update: nobody, delete: adminOnly },
  upload: { staticDir: config.releaseUploadDir, mimeTypes: ['text/csv'], displayPreview: false },
  defaultSort: '-releasedAt',
  indexes: [{ fields: ['dataset', 'number'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'dataset', type: 'text', required: true, index: true },
    { name: 'number', type: 'number', required: true, min: 1 },
    { name: 'releasedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea', required: true },
    { name: 'rowsAdded', type: 'number', required: true, min: 0 },
    { name: 'rowsChanged', type: 'number', required: true, min: 0 },
    { name: 'rowsRemoved', type: 'number', required: true, min: 0 },
    { name: 'rowCount', type: 'number', required: true, min: 0 },
    /** SHA-256 of the CSV: a build compares it with the dataset's newest release to see whether anything changed. */
    { name: 'sha256', type: 'text', required: true },
  ],
}
