import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { markManualCorrection } from './PayGapReports/hooks/markManualCorrection'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { APPLICANT_GROUPS } from '../../domain/vocabulary'
import { manuallyCorrectedField, vocabularySelect } from './fields'
import { validateInteger } from './integerField'

/**
 * Applications a funder received in a year and programme, and how many it funded,
 * by kind of applicant (step 4.13.2: publish the share of applications from
 * user-led organisations and whether they are more or less likely to be funded).
 * Counts, because individual applications are private.
 */
export const FundingApplications: CollectionConfig = {
  slug: 'funding-applications',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'applicantGroup', 'received', 'funded'], group: 'Funding equity' },
  access: publicReadStaffWrite,
  versions: { maxPerDoc: 10 },
  hooks: { beforeChange: [markManualCorrection], afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'funder', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, validate: validateInteger },
    { name: 'programme', type: 'text', admin: { description: 'Blank for all of the funder’s programmes together.' } },
    vocabularySelect('applicantGroup', APPLICANT_GROUPS, { required: true }),
    {
      name: 'received',
      type: 'number',
      required: true,
      min: 0,
      validate: validateInteger,
      admin: { description: 'Applications received.' },
    },
    {
      name: 'funded',
      type: 'number',
      required: true,
      min: 0,
      validate: ((value, args) => {
        const whole = validateInteger(value, args)
        if (whole !== true) return whole
        const received = (args.siblingData as { received?: number }).received
        return typeof value === 'number' && typeof received === 'number' && value > received
          ? 'More applications funded than received.'
          : true
      }) satisfies NumberFieldSingleValidation,
    },
    { name: 'sourceFile', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    manuallyCorrectedField,
  ],
}
