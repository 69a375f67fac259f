import { VALUE_STATUS_VALUES } from '../../../domain/measured'
import { DATA_SOURCES, valuesOf } from '../../../domain/vocabulary'
import { AS_PUBLISHED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec } from './types'

/** Workforce profiles in long form: one row per organisation, date, grouping, characteristic and category. */
export const workforceDataset: DatasetSpec = {
  slug: 'workforce-profiles',
  title: 'Workforce profiles',
  description:
    'Organisations’ staff headcounts by ethnicity, gender, disability, age, religion, sexual orientation and other characteristics, for all staff or by grade, pay band or division, in the categories of the Open Innovations diversity data standard. “Prefer not to say” and “not disclosed” are categories of their own.',
  keywords: ['workforce', 'diversity', 'ethnicity', 'gender', 'disability', 'London'],
  themes: ['SOCI'],
  updates: AS_PUBLISHED_UPDATES('organisations'),
  provenance: {
    sources: [
      'Organisations’ published workforce profiles in the Open Innovations diversity data standard',
      'The portal’s workforce profile template, filled in by organisations',
    ],
    processing: [
      'Blank cells are not reported and left out; withheld figures keep the symbol published (<5, c, u).',
      'Dates re-saved by spreadsheets as dd/mm/yyyy are read as UK dates; columns outside the standard are listed in the import summary, not published.',
      '“Prefer not to say” and “not disclosed” stay categories of their own.',
    ],
  },
  temporal: spanOf('published', 10),
  // A profile is one organisation's figures at a date for one grouping; its identifier is the key, since a
  // profile's level is usually empty and Table Schema forbids empty key cells.
  primaryKey: ['profile_id', 'characteristic', 'category'],
  foreignKeys: [{ fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } }],
  fields: [
    {
      name: 'profile_id',
      type: 'string',
      title: 'Profile ID',
      description: 'Stable identifier of the workforce profile on the portal: one organisation, date and grouping.',
      required: true,
    },
    {
      name: 'organisation_slug',
      type: 'string',
      title: 'Organisation key',
      description: 'Key of the organisation (see the organisations dataset).',
      required: true,
    },
    { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Name of the organisation.', required: true },
    {
      name: 'published',
      type: 'string',
      title: 'Date',
      description: 'The date the figures describe, as precise as published (ISO 8601: 2024, 2024-03 or 2024-03-31).',
      required: true,
    },
    { name: 'grouping', type: 'string', title: 'Grouping', description: 'All staff, or a grade, pay band or division.', required: true },
    { name: 'level', type: 'string', title: 'Level', description: 'A level within the organisation, if the figures are for one.' },
    { name: 'employees', type: 'integer', title: 'Employees', description: 'Total employees in the grouping, where given.' },
    {
      name: 'characteristic',
      type: 'string',
      title: 'Characteristic',
      description: 'Section of the standard: ethnicity, gender, disability, age, religion, sexuality, carer, …',
      required: true,
    },
    {
      name: 'category',
      type: 'string',
      title: 'Category',
      description: 'Category within it, e.g. asian/indian, female, prefernottosay, undisclosed, total.',
      required: true,
    },
    { name: 'headcount', type: 'integer', title: 'Headcount', description: 'Number of staff. Blank unless status is reported.' },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'reported, withheld, not-applicable or not-reported.',
      required: true,
      enum: VALUE_STATUS_VALUES,
    },
    { name: 'symbol', type: 'string', title: 'Symbol', description: 'The symbol published instead of a figure, e.g. <5.' },
    {
      name: 'source',
      type: 'string',
      title: 'Source',
      description: 'Where the figures come from.',
      required: true,
      enum: valuesOf(DATA_SOURCES),
    },
    {
      name: 'updated_at',
      type: 'datetime',
      title: 'Updated',
      description: 'When the published profile last changed (UTC).',
      required: true,
    },
  ],
  records: (content) => ({ collection: 'workforce-profiles', ids: content.workforceProfiles.map((p) => p.id) }),
  rows: (content) =>
    content.workforceProfiles.flatMap((p) => {
      const organisation = content.organisationById.get(p.organisation)!
      return p.counts.map((c) => ({
        profile_id: p.id,
        organisation_slug: organisation.slug,
        organisation_name: organisation.name,
        published: p.published,
        grouping: p.grouping,
        level: p.level,
        employees: p.employees,
        characteristic: c.characteristic,
        category: c.category,
        headcount: c.status === 'reported' ? c.headcount : null,
        status: c.status,
        symbol: c.symbol,
        source: p.provenance.source,
        updated_at: p.updatedAt,
      }))
    }),
}
