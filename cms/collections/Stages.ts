import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { rebuildSiteAfterChange } from '../hooks/rebuildSite'
import { validateInteger } from './integerField'

/** The five maturity stages of the plan, in order. IDs are the stage slugs. */
export const Stages: CollectionConfig = {
  slug: 'stages',
  admin: { useAsTitle: 'name', group: 'The plan', defaultColumns: ['order', 'name'] },
  access: publicReadStaffWrite,
  hooks: { afterChange: [rebuildSiteAfterChange] },
  defaultSort: 'order',
  fields: [
    { name: 'id', type: 'text', required: true, admin: { description: 'Stable slug, e.g. data-gathering-and-reviewing.' } },
    { name: 'order', type: 'number', required: true, min: 1, max: 5, unique: true, validate: validateInteger },
    { name: 'name', type: 'text', required: true },
  ],
}
