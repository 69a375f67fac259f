import { writtenByStaff } from '../access/staffOnlyField'
import type { CollectionConfig } from 'payload'
import { correctionReasonField } from './Corrections'
import { VALUE_STATUSES } from '../../domain/measured'
import { DATA_SOURCES } from '../../domain/vocabulary'
import { validateHttpUrl, vocabularySelect } from './fields'
import { ownedByOrganisation } from './ownedByOrganisation'
import { markManualCorrection } from './PayGapReports/hooks/markManualCorrection'
import { reviewFields } from './reviewFields'

/**
 * An organisation's workforce at a date (step 1.1.1: workforces that reflect
 * London at all levels): headcounts by characteristic and category, for all
 * staff or for one grade, pay band or division. Categories follow the Open
 * Innovations diversity data standard (e.g. ethnicity/asian/indian,
 * gender/prefernottosay, disability/undisclosed).
 */
export const WorkforceProfiles: CollectionConfig = {
  slug: 'workforce-profiles',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'published', 'grouping', '_status'], group: 'Pay gaps and workforce' },
  ...ownedByOrganisation({ corrections: 'workforce-profiles', maxVersions: 20, beforeReview: [markManualCorrection] }),
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    {
      name: 'published',
      type: 'text',
      required: true,
      validate: (v: unknown) =>
        typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)
          ? true
          : 'Expected a date as a year, year-month or full date: 2024, 2024-03 or 2024-03-31.',
      admin: { description: 'The date the figures describe, as precise as published: 2024, 2024-03 or 2024-03-31.' },
    },
    {
      name: 'grouping',
      type: 'text',
      defaultValue: 'All staff',
      required: true,
      admin: { description: 'All staff, or a grade, pay band or division.' },
    },
    { name: 'level', type: 'text', admin: { description: 'A level within the organisation, if the figures are for one.' } },
    { name: 'employees', type: 'number', min: 0 },
    { name: 'linkToInformation', type: 'text', validate: validateHttpUrl },
    {
      name: 'counts',
      type: 'array',
      fields: [
        {
          name: 'characteristic',
          type: 'text',
          required: true,
          admin: { description: 'e.g. ethnicity, gender, disability, age, religion, sexuality, carer.' },
        },
        {
          name: 'category',
          type: 'text',
          required: true,
          admin: { description: 'e.g. asian/indian, female, prefernottosay, undisclosed, total.' },
        },
        { name: 'headcount', type: 'number', min: 0 },
        vocabularySelect('status', VALUE_STATUSES, { required: true, defaultValue: 'reported' }),
        { name: 'symbol', type: 'text' },
      ],
    },
    {
      name: 'provenance',
      type: 'group',
      // Imports find their records again by source and key: a curator's matter.
      access: writtenByStaff,
      admin: { position: 'sidebar' },
      fields: [
        vocabularySelect('source', DATA_SOURCES, { required: true, defaultValue: 'manual' }),
        { name: 'sourceFile', type: 'text' },
        { name: 'sourceRow', type: 'number' },
      ],
    },
    { name: 'manuallyCorrected', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', readOnly: true } },
    ...reviewFields,
    correctionReasonField,
  ],
}
