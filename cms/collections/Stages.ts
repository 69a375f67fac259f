import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { staffOnly } from '../access/staffOnly'
import { rebuildSiteAfterChange } from '../hooks/rebuildSite'

/** The five maturity stages of the plan, in order. IDs are the stage slugs. */
export const Stages: CollectionConfig = {
  slug: 'stages',
  admin: { useAsTitle: 'name', group: 'The plan', defaultColumns: ['order', 'name'] },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { afterChange: [rebuildSiteAfterChange] },
  defaultSort: 'order',
  fields: [
    { name: 'id', type: 'text', required: true, admin: { description: 'Stable slug, e.g. data-gathering-and-reviewing.' } },
    { name: 'order', type: 'number', required: true, min: 1, max: 5, unique: true },
    { name: 'name', type: 'text', required: true },
  ],
}
