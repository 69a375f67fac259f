import type { CollectionConfig } from 'payload'
import { validateRichTextLinks } from '../../../domain/richTextLinks'
import { BOROUGHS, EVIDENCE_GRADES, RESOURCE_TYPES, TRI_STRANDS, slugify } from '../../../domain/vocabulary'
import { validateHttpUrl, validateSlug, vocabularySelect } from '../fields'
import { ownedByOrganisation } from '../ownedByOrganisation'
import { reviewFields } from '../reviewFields'
import { checkResourceLink } from './checkLink'
import { publishResourceFile } from './publishFile'

/**
 * A resource in the good-practice library for tackling racial inequality
 * (London Councils' Tackling Racial Inequality programme): a file or a link,
 * themed by the programme's strands and the plan's steps, with an evidence grade
 * and a date after which it shows as due for review. A contributor (a reporter,
 * for their own organisation) submits; a curator approves, asks for changes or
 * rejects with a reason; once published only a curator changes it.
 */
const owned = ownedByOrganisation({ maxVersions: 50, lockPublished: true, beforeReview: [checkResourceLink] })

export const LibraryResources: CollectionConfig = {
  // The library's records; the slug is kept short and stable for the API (/api/resources).
  slug: 'resources',
  labels: { singular: 'Library resource', plural: 'Library resources' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'resourceType', 'review.state', '_status', 'updatedAt'],
    group: 'Good-practice library',
    description: 'Curators: the queue is this list filtered by review state “Submitted for review”, oldest first.',
  },
  ...owned,
  hooks: {
    ...owned.hooks,
    beforeValidate: [
      ...(owned.hooks?.beforeValidate ?? []),
      ({ data }) => {
        if (data?.title && !data.slug) data.slug = slugify(data.title)
        return data
      },
    ],
    afterChange: [...(owned.hooks?.afterChange ?? []), publishResourceFile],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      validate: validateSlug,
      admin: { position: 'sidebar', description: 'Part of the address; made from the title.' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      label: 'Contributing organisation',
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 600 },
    {
      name: 'body',
      type: 'richText',
      validate: validateRichTextLinks,
      admin: { description: 'Optional longer description. Links must be web or email addresses.' },
    },
    vocabularySelect('resourceType', RESOURCE_TYPES, { required: true }),
    vocabularySelect('strands', TRI_STRANDS, {
      hasMany: true,
      admin: { description: 'The Tackling Racial Inequality programme’s strands.' },
    }),
    {
      name: 'steps',
      type: 'relationship',
      relationTo: 'steps',
      hasMany: true,
      admin: { description: 'Steps of the plan the resource helps with.' },
    },
    vocabularySelect('boroughs', BOROUGHS, { hasMany: true }),
    { name: 'audience', type: 'text', admin: { description: 'Who it is for, e.g. HR teams, councillors, commissioners.' } },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'resource-files',
      admin: { description: 'PDF, Office or OpenDocument, or CSV; up to 25 MB.' },
    },
    {
      name: 'externalUrl',
      type: 'text',
      validate: (value: unknown, { siblingData }: { siblingData: { file?: unknown } }) => {
        const url = validateHttpUrl(value)
        if (url !== true) return url
        return value || siblingData.file ? true : 'Give a file or an external link.'
      },
      admin: { description: 'Where the resource lives, if not uploaded here. Checked when saved.' },
    },
    {
      name: 'linkCheck',
      type: 'group',
      admin: { readOnly: true, condition: (d) => Boolean(d?.externalUrl) },
      fields: [
        { name: 'status', type: 'select', options: ['ok', 'broken', 'unreachable'] },
        { name: 'checkedAt', type: 'date' },
        { name: 'message', type: 'text' },
      ],
    },
    { name: 'licence', type: 'text', admin: { description: 'e.g. Open Government Licence v3.0, CC BY 4.0, or "All rights reserved".' } },
    { name: 'publicationDate', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'reviewDate',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' }, description: 'After this date the library shows the resource as due for review.' },
    },
    vocabularySelect('evidenceGrade', EVIDENCE_GRADES, { required: true, defaultValue: 'not-yet-evaluated' }),
    { name: 'evidenceBasis', type: 'text', admin: { description: 'What the grade rests on, e.g. "Independent evaluation, 2023".' } },
    ...reviewFields,
  ],
}
