import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { rebuildSiteAfterChange } from '../hooks/rebuildSite'
import { validateInteger } from './integerField'

/** The plan's 14 key actions, numbered across the whole plan. IDs are their numbers as text. */
export const Actions: CollectionConfig = {
  slug: 'actions',
  admin: { useAsTitle: 'text', group: 'The plan', defaultColumns: ['number', 'text', 'priority'] },
  access: publicReadStaffWrite,
  hooks: { afterChange: [rebuildSiteAfterChange] },
  defaultSort: 'number',
  fields: [
    { name: 'id', type: 'text', required: true },
    { name: 'number', type: 'number', required: true, unique: true, min: 1, validate: validateInteger },
    { name: 'priority', type: 'relationship', relationTo: 'priorities', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
}
