import { PSED_PUBLICATION_KINDS } from '../../../domain/levels/publicationDuties'
import { valuesOf } from '../../../domain/vocabulary'
import { publicationDuties } from '../publicationDuties'
import { CURATED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec, Row } from './types'

export const equalityPublicationsDataset: DatasetSpec = {
  slug: 'equality-publications',
  title: 'Public Sector Equality Duty publications',
  description:
    'For each public body on the portal: its equality information (published at least annually, by 31 January) and its equality objectives (at least every four years), with links and dates, and the status the portal computes from those dates on the day of the build. A body with nothing recorded has one row saying so.',
  keywords: ['Public Sector Equality Duty', 'PSED', 'equality information', 'equality objectives', 'London'],
  themes: ['GOVE', 'SOCI'],
  updates: CURATED_UPDATES,
  provenance: {
    sources: [
      'Publications recorded by curators and by the organisations’ own reporters, reviewed by a curator',
      'The duty’s timetable as London Councils’ equalities page states it',
    ],
    processing: [
      'Equality information is “published” when dated after the last 31 January, “due” when the previous one met the last deadline, and “overdue” otherwise; objectives are “out-of-date” more than four years after their date.',
      'Statuses are computed on the day of the build.',
    ],
  },
  temporal: spanOf('published_on', 10),
  primaryKey: ['row_id'],
  foreignKeys: [{ fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } }],
  fields: [
    {
      name: 'row_id',
      type: 'string',
      title: 'Row',
      description: 'The publication’s portal ID, or the organisation’s key and “none” when nothing is recorded.',
      required: true,
    },
    { name: 'organisation_slug', type: 'string', title: 'Organisation key', description: 'See the organisations dataset.', required: true },
    { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Its name.', required: true },
    {
      name: 'kind',
      type: 'string',
      title: 'Publication',
      description: 'Equality information or equality objectives.',
      enum: valuesOf(PSED_PUBLICATION_KINDS),
    },
    { name: 'published_on', type: 'date', title: 'Published', description: 'The date the organisation published it.' },
    { name: 'url', type: 'string', title: 'Address', description: 'Where it is published.' },
    { name: 'covers_period', type: 'string', title: 'Covers', description: 'The period it covers, in its own words.' },
    {
      name: 'information_status',
      type: 'string',
      title: 'Equality information status',
      description: 'The organisation’s status on the build date: published, due, overdue or not-recorded.',
      required: true,
      enum: ['published', 'due', 'overdue', 'not-recorded'],
    },
    { name: 'information_due_by', type: 'date', title: 'Information due by', description: 'The next 31 January.', required: true },
    {
      name: 'objectives_status',
      type: 'string',
      title: 'Equality objectives status',
      description: 'current, out-of-date (older than four years) or not-recorded.',
      required: true,
      enum: ['current', 'out-of-date', 'not-recorded'],
    },
    { name: 'objectives_due_by', type: 'date', title: 'Objectives due by', description: 'Four years after the latest objectives.' },
  ],
  records: (content) => ({ collection: 'equality-publications', ids: content.equalityPublications.map((p) => p.id) }),
  rows: (content) =>
    publicationDuties(content).flatMap(({ organisation, information, objectives, publications }): Row[] => {
      const status = {
        organisation_slug: organisation.slug,
        organisation_name: organisation.name,
        information_status: information.status,
        information_due_by: information.dueBy,
        objectives_status: objectives.status,
        objectives_due_by: objectives.dueBy,
      }
      if (publications.length === 0)
        return [{ row_id: `${organisation.slug}-none`, kind: null, published_on: null, url: null, covers_period: null, ...status }]
      return publications.map((p) => ({
        row_id: p.id,
        kind: p.kind,
        published_on: p.publishedOn.slice(0, 10),
        url: p.url,
        covers_period: p.coversPeriod ?? null,
        ...status,
      }))
    }),
}
