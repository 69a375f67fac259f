import type { CollectionConfig } from 'payload'
import { isStaff, userOf } from '../access/roles'
import { staffOnly } from '../access/staffOnly'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { validateRichTextLinks } from '../../domain/richTextLinks'
import { SECTORS, slugify } from '../../domain/vocabulary'
import { citationFields, validateSlug, vocabularySelect } from './fields'

/**
 * A case study of action against the plan: who was involved, which steps it
 * serves, what happened and what came of it, with its sources. Curated by staff;
 * the public reads what is published.
 */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'sector', '_status'], group: 'Good-practice library' },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: ({ req }) => isStaff(userOf(req)) || { _status: { equals: 'published' } },
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
    readVersions: staffOnly,
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data?.title && !data.slug) data.slug = slugify(data.title)
        return data
      },
    ],
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', unique: true, index: true, validate: validateSlug, admin: { position: 'sidebar' } },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      admin: { description: 'The organisations involved.' },
    },
    vocabularySelect('sector', SECTORS, { required: true }),
    { name: 'steps', type: 'relationship', relationTo: 'steps', hasMany: true },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'body', type: 'richText', validate: validateRichTextLinks },
    { name: 'outcomes', type: 'textarea', admin: { description: 'What changed as a result, as the sources report it.' } },
    { name: 'sources', type: 'array', minRows: 1, fields: citationFields },
    { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' }, description: 'When the work was reported.' } },
  ],
}
