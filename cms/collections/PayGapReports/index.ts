import { writtenByStaff } from '../../access/staffOnlyField'
import type { CollectionConfig } from 'payload'
import { correctionReasonField } from '../Corrections'
import { CHARACTERISTICS, DATA_SOURCES } from '../../../domain/vocabulary'
import { validateHttpUrl, vocabularySelect } from '../fields'
import { measuredValue } from '../measuredValue'
import { ownedByOrganisation } from '../ownedByOrganisation'
import { reviewFields } from '../reviewFields'
import { markManualCorrection } from './hooks/markManualCorrection'
import { validateInteger } from '../integerField'

/** Pay quarters, lowest paid first. Short names because the database limits identifier length to 63 characters. */
const QUARTERS = [
  ['q1', 'Lower pay quarter'],
  ['q2', 'Lower middle pay quarter'],
  ['q3', 'Upper middle pay quarter'],
  ['q4', 'Top pay quarter'],
] as const

/**
 * One organisation's pay gap for one characteristic in one reporting year (step
 * 1.1.4). Gaps are the reference group's pay minus the comparison group's, as a
 * percentage of the reference group's: positive means the comparison group
 * (women; an ethnic minority group; disabled staff) is paid less.
 */
export const PayGapReports: CollectionConfig = {
  slug: 'pay-gap-reports',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'characteristic', '_status'], group: 'Pay gaps and workforce' },
  ...ownedByOrganisation({ corrections: 'pay-gap-reports', maxVersions: 20, beforeReview: [markManualCorrection] }),
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    {
      name: 'year',
      type: 'number',
      required: true,
      index: true,
      min: 2000,
      max: 2100,
      validate: validateInteger,
      admin: { description: 'The year of the snapshot date: 2022 for the 2022-23 reporting year.' },
    },
    { name: 'snapshotDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    vocabularySelect('characteristic', CHARACTERISTICS, { required: true, index: true }),
    {
      name: 'classification',
      type: 'text',
      admin: {
        description: 'For ethnicity: the Race Disparity Unit classification used, e.g. 5+1 or 19+1.',
        condition: (d) => d?.characteristic === 'ethnicity',
      },
    },
    {
      name: 'referenceGroup',
      type: 'text',
      required: true,
      admin: { description: 'The group whose pay the gap is measured against, e.g. Men, White, Not disabled.' },
    },
    { name: 'comparisonGroup', type: 'text', required: true, admin: { description: 'The group compared with it, e.g. Women.' } },
    { name: 'headcount', type: 'number', min: 0 },
    { name: 'employerSize', type: 'text', admin: { description: 'Size band as published, e.g. "250 to 499".' } },
    measuredValue('meanHourlyGap', 'Mean hourly pay gap (%)'),
    measuredValue('medianHourlyGap', 'Median hourly pay gap (%)'),
    measuredValue('meanBonusGap', 'Mean bonus gap (%)'),
    measuredValue('medianBonusGap', 'Median bonus gap (%)'),
    measuredValue('referenceBonusShare', 'Reference group receiving a bonus (%)'),
    measuredValue('comparisonBonusShare', 'Comparison group receiving a bonus (%)'),
    ...QUARTERS.map(([name, label]) => ({
      name,
      label,
      type: 'group' as const,
      fields: [measuredValue('reference', 'Reference group share (%)'), measuredValue('comparison', 'Comparison group share (%)')],
    })),
    {
      name: 'narrativeUrl',
      type: 'text',
      validate: validateHttpUrl,
      admin: { description: 'The organisation’s report, narrative or action plan.' },
    },
    { name: 'actionPlanUrl', type: 'text', validate: validateHttpUrl },
    { name: 'responsiblePerson', type: 'text' },
    { name: 'dateSubmitted', type: 'date' },
    { name: 'dueDate', type: 'date' },
    { name: 'submittedLate', type: 'checkbox', defaultValue: false },
    {
      name: 'flags',
      type: 'array',
      admin: { description: 'Data-quality checks this record fails. Flagged records are still published, with their flags.' },
      fields: [
        { name: 'code', type: 'text', required: true },
        { name: 'message', type: 'text', required: true },
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
        {
          name: 'sourceKey',
          type: 'text',
          index: true,
          admin: { description: 'The record’s key in its source, e.g. the Gender Pay Gap Service EmployerId.' },
        },
        { name: 'sourceFile', type: 'text' },
        { name: 'sourceRow', type: 'number' },
      ],
    },
    {
      name: 'publisherHeadline',
      type: 'checkbox',
      admin: {
        position: 'sidebar',
        description:
          'The comparison the publisher gives as its headline for this characteristic and year (the GLA’s tables: Black, Asian and Minority Ethnic compared with White). Unset where the publisher names none.',
      },
    },
    {
      name: 'manuallyCorrected',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', readOnly: true, description: 'Edited by hand after import; imports will not overwrite it.' },
    },
    ...reviewFields,
    correctionReasonField,
  ],
}
