import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { PSED_PUBLICATION_KINDS } from '../../domain/levels/publicationDuties'
import { validateHttpUrl, vocabularySelect } from './fields'
import { ownedByOrganisation } from './ownedByOrganisation'
import { reviewFields } from './reviewFields'

const setTitle: CollectionBeforeChangeHook = ({ data }) => {
  const kind = PSED_PUBLICATION_KINDS.find((k) => k.value === data.kind)?.label.replace(/ \(.*\)$/, '') ?? 'Publication'
  data.title = `${kind}, ${typeof data.publishedOn === 'string' ? data.publishedOn.slice(0, 10) : 'undated'}`
  return data
}

/**
 * A public body's publication under the Public Sector Equality Duty (004_...):
 * its annual equality information or its equality objectives, with the date it
 * was published and where. The site computes each organisation's status from
 * these dates (domain/levels/publicationDuties.ts). The organisation's
 * reporter drafts, a curator publishes, as for every record an organisation
 * reports.
 */
export const EqualityPublications: CollectionConfig = {
  slug: 'equality-publications',
  labels: { singular: 'Equality publication', plural: 'Equality publications' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'kind', 'publishedOn', '_status'],
    group: 'Programme metrics',
    description:
      'Public Sector Equality Duty: equality information each year by 31 January, equality objectives at least every four years.',
  },
  ...ownedByOrganisation({ maxVersions: 20, afterReview: [setTitle] }),
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    vocabularySelect('kind', PSED_PUBLICATION_KINDS, { required: true }),
    {
      name: 'publishedOn',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly' }, description: 'The date the organisation published it.' },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: unknown) => (value ? validateHttpUrl(value) : 'Give the address where it is published.'),
    },
    {
      name: 'coversPeriod',
      type: 'text',
      admin: { description: 'The period it covers, as it says: e.g. 2024-25, or 2024 to 2028 for objectives.' },
    },
    { name: 'notes', type: 'textarea' },
    ...reviewFields,
  ],
}
