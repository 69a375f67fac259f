import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { rebuildSiteAfterChange } from '../hooks/rebuildSite'
import { validateInteger } from './integerField'

/** The plan's four priorities. IDs are their numbers as text ("1" ... "4"). */
export const Priorities: CollectionConfig = {
  slug: 'priorities',
  admin: { useAsTitle: 'name', group: 'The plan', defaultColumns: ['number', 'name'] },
  access: publicReadStaffWrite,
  hooks: { afterChange: [rebuildSiteAfterChange] },
  defaultSort: 'number',
  fields: [
    { name: 'id', type: 'text', required: true },
    { name: 'number', type: 'number', required: true, unique: true, min: 1, validate: validateInteger },
    { name: 'name', type: 'text', required: true },
  ],
}
