import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { anyone } from '../access/anyone'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { recordEditor } from '../hooks/recordEditor'
import { RAG_RATINGS, TRI_STRANDS, TRI_TERMS } from '../../domain/vocabulary'
import { citationFields, vocabularySelect } from './fields'
import { sourceDateField } from './sourceDateField'

/**
 * An action of London Councils' Tackling Racial Inequality programme: its strand,
 * owners, status, next steps, term and RAG rating (green: pan-London activity well
 * underway; yellow: some borough examples but not embedded or consistent; red: no
 * activity initiated). Every change is a version, and the public history of
 * status and rating is read from them.
 */
export const ProgrammeTracker: CollectionConfig = {
  // The slug names the programme (Tackling Racial Inequality) and is kept: API addresses are part of the stability promise.
  slug: 'tri-actions',
  labels: { singular: 'Programme action', plural: 'Programme tracker' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'strand', 'rag', 'updatedAt'], group: 'Good-practice library' },
  access: { ...publicReadStaffWrite, readVersions: anyone },
  versions: { maxPerDoc: 100 },
  defaultSort: 'order',
  hooks: { beforeChange: [recordEditor], afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Stable identifier, e.g. leadership-celc-statement.' },
    },
    vocabularySelect('strand', TRI_STRANDS, { required: true }),
    { name: 'order', type: 'number', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'owners', type: 'text', required: true },
    vocabularySelect('term', TRI_TERMS, { required: true }),
    { name: 'status', type: 'textarea', required: true },
    { name: 'nextSteps', type: 'textarea' },
    vocabularySelect('rag', RAG_RATINGS, { required: true, defaultValue: 'not-rated' }),
    { name: 'source', type: 'group', fields: citationFields },
    sourceDateField,
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
