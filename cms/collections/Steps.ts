import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { rebuildSiteAfterChange } from '../hooks/rebuildSite'

const titleFromCodeAndText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const code = data.code ?? originalDoc?.code
  const text = data.text ?? originalDoc?.text
  data.title = `${code} ${text}`
  return data
}

/** Every numbered step of the plan, e.g. 1.1.4. IDs are the step codes. */
export const Steps: CollectionConfig = {
  slug: 'steps',
  // Pickers (an annual return's steps, a commitment's step) show the step's words, not a bare code.
  admin: { useAsTitle: 'title', group: 'The plan', defaultColumns: ['code', 'text', 'stage'] },
  access: publicReadStaffWrite,
  hooks: { beforeChange: [titleFromCodeAndText], afterChange: [rebuildSiteAfterChange] },
  defaultSort: 'sortKey',
  fields: [
    { name: 'id', type: 'text', required: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d+\.\d+\.\d+$/.test(value) ? true : 'Expected a step code like 1.1.4.',
    },
    { name: 'sortKey', type: 'number', required: true, admin: { hidden: true } },
    { name: 'priority', type: 'relationship', relationTo: 'priorities', required: true },
    { name: 'action', type: 'relationship', relationTo: 'actions', required: true },
    { name: 'stage', type: 'relationship', relationTo: 'stages', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'title', type: 'text', admin: { readOnly: true, hidden: true } },
  ],
}
