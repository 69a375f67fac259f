import type { CollectionConfig, Field } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { anyone } from '../../access/anyone'
import { isStaff, userOf } from '../../access/roles'
import { checkCorrection, logCorrections } from './hooks/recordCorrections'
import { CORRECTED_COLLECTIONS, type CorrectedCollection } from './trackedFields'

const nobody = () => false

/**
 * The public corrections log: one entry per published value that changed, with
 * the old and new value, when and why. Written only by the hooks of the
 * corrected collections (`correctionHooks`); the public reads it (the site
 * shows it on the record's page, at /data/corrections/ and in the next release
 * note); only an admin may delete an entry made in error.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  labels: { singular: 'Correction', plural: 'Corrections' },
  admin: {
    useAsTitle: 'recordTitle',
    defaultColumns: ['recordTitle', 'fieldLabel', 'oldValue', 'newValue', 'correctedAt'],
    group: 'Review',
    description: 'Every change to a published value, as the public corrections log shows it. Made when a published record is saved.',
  },
  access: { read: anyone, create: nobody, update: nobody, delete: adminOnly },
  defaultSort: '-correctedAt',
  fields: [
    { name: 'collection', type: 'select', required: true, index: true, options: [...CORRECTED_COLLECTIONS] },
    { name: 'recordId', type: 'text', required: true, index: true },
    { name: 'recordTitle', type: 'text', required: true },
    { name: 'organisation', type: 'text', index: true, admin: { description: 'The organisation whose page shows the record.' } },
    { name: 'field', type: 'text', required: true },
    { name: 'fieldLabel', type: 'text', required: true },
    { name: 'oldValue', type: 'text' },
    { name: 'newValue', type: 'text' },
    { name: 'reason', type: 'textarea', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'curator', label: 'Corrected by a curator' },
        { value: 'import', label: 'Republished by the source' },
      ],
    },
    { name: 'correctedAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'correctedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req }) => isStaff(userOf(req)) },
    },
  ],
}

/** The field a curator fills in when changing a published record; emptied on every save, so each change gives its own reason. */
export const correctionReasonField: Field = {
  name: 'correctionReason',
  label: 'Reason for the change',
  type: 'textarea',
  maxLength: 500,
  admin: {
    position: 'sidebar',
    description: 'Required when you change a published figure: shown with the old and new value in the public corrections log.',
  },
}

/** The hooks that keep a collection's corrections log: added to each corrected collection's hooks. */
export const correctionHooks = (collection: CorrectedCollection) => ({
  beforeChange: [checkCorrection(collection)],
  afterChange: [logCorrections(collection)],
})
