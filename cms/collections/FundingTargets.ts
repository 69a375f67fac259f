import type { CollectionConfig } from 'payload'
import { publicReadStaffWrite } from '../access/publicReadStaffWrite'
import { markManualCorrection } from './PayGapReports/hooks/markManualCorrection'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { TARGET_BASES } from '../../domain/vocabulary'
import { manuallyCorrectedField, validateHttpUrl, vocabularySelect } from './fields'
import { validateInteger } from './integerField'

/** A funder's own target for the share of its funding going to equalities-led organisations (step 4.13.1). */
export const FundingTargets: CollectionConfig = {
  slug: 'funding-targets',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'targetShare'], group: 'Funding equity' },
  access: publicReadStaffWrite,
  versions: { maxPerDoc: 10 },
  hooks: { beforeChange: [markManualCorrection], afterChange: [rebuildSiteAfterChange], afterDelete: [rebuildSiteAfterDelete] },
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'funder', type: 'relationship', relationTo: 'organisations', required: true, index: true },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, validate: validateInteger },
    { name: 'targetShare', type: 'number', required: true, min: 0, max: 100, admin: { description: 'Percent.' } },
    vocabularySelect('basis', TARGET_BASES, { required: true, defaultValue: 'amount' }),
    { name: 'source', type: 'text', validate: validateHttpUrl, admin: { description: 'Where the funder states the target.' } },
    { name: 'sourceFile', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    manuallyCorrectedField,
  ],
}
