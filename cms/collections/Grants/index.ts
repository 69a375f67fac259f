import type { CollectionConfig, Field } from 'payload'
import { publicReadStaffWrite } from '../../access/publicReadStaffWrite'
import { ASKED_STATUSES, DEI_AREAS, REPLY_STATUSES } from '../../../domain/funding/deiCodes'
import { markManualCorrection } from '../PayGapReports/hooks/markManualCorrection'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { manuallyCorrectedField, validateHttpUrl, vocabularySelect } from '../fields'
import { BOROUGHS } from '../../../domain/vocabulary'
import { validateInteger } from '../integerField'
import { correctionHooks, correctionReasonField } from '../Corrections'
import { completeGrant, validatePublishedGrant } from './hooks/completeGrant'

const organisationParty = (name: 'funder' | 'recipient', label: string): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', index: true },
    { name: 'orgId', type: 'text', required: true, index: true, admin: { description: 'Org-id as published, e.g. GB-CHC-1126147.' } },
    { name: 'name', type: 'text', required: true },
  ],
})

const deiArea = (name: string, label: string): Field => ({
  name,
  label,
  type: 'group',
  fields: [
    { name: 'askedStatus', type: 'select', options: ASKED_STATUSES.map(({ value, label }) => ({ value, label: `${value}: ${label}` })) },
    { name: 'replyStatus', type: 'select', options: REPLY_STATUSES.map(({ value, label }) => ({ value, label: `${value}: ${label}` })) },
    {
      name: 'taxonomyCodes',
      type: 'text',
      hasMany: true,
      admin: { description: 'DEI taxonomy codes chosen in reply, e.g. DEI010100.' },
    },
  ],
})

/**
 * A grant as published in the 360Giving Data Standard (1.4.3), with the DEI
 * extension's answers (action 13 of the plan). The fields the portal filters and
 * measures by are stored as fields; the grant exactly as published is kept in
 * `published`, so the portal's 360Giving export gives back what was imported.
 * Grants are public data: anyone reads them, only curators and admins change them.
 */
export const Grants: CollectionConfig = {
  slug: 'grants',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'amountAwarded', 'awardDate', 'programme'], group: 'Funding equity' },
  access: publicReadStaffWrite,
  versions: { maxPerDoc: 10 },
  hooks: {
    beforeValidate: [completeGrant],
    beforeChange: [markManualCorrection, ...correctionHooks('grants').beforeChange],
    afterChange: [...correctionHooks('grants').afterChange, rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  defaultSort: '-awardDate',
  fields: [
    { name: 'grantId', type: 'text', required: true, unique: true, index: true, admin: { description: 'The 360Giving grant identifier.' } },
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'currency', type: 'text', required: true, admin: { description: 'ISO 4217 code, e.g. GBP.' } },
    { name: 'amountAppliedFor', type: 'number' },
    { name: 'amountAwarded', type: 'number', required: true },
    { name: 'awardDate', type: 'date', required: true, index: true },
    {
      name: 'year',
      type: 'number',
      index: true,
      // Set from the award date (completeGrant); kept out of `required` so the schema needs no migration.
      validate: validateInteger,
      admin: { readOnly: true, description: 'The calendar year of the award date, set from it.' },
    },
    { name: 'plannedStart', type: 'date' },
    { name: 'plannedEnd', type: 'date' },
    organisationParty('funder', 'Funding organisation'),
    organisationParty('recipient', 'Recipient organisation'),
    { name: 'programme', type: 'text', index: true },
    { name: 'beneficiaryLocation', type: 'text' },
    {
      name: 'location',
      type: 'group',
      admin: {
        description:
          'Where the benefit lies: from the beneficiary location, else the recipient’s postcode (domain/grantLocation.ts). London-only views leave out grants outside London.',
      },
      fields: [
        {
          name: 'inLondon',
          type: 'select',
          defaultValue: 'not-known',
          index: true,
          options: [
            { value: 'yes', label: 'In Greater London' },
            { value: 'no', label: 'Outside Greater London (or UK-wide)' },
            { value: 'not-known', label: 'Not known' },
          ],
        },
        vocabularySelect('borough', BOROUGHS),
        {
          name: 'basis',
          type: 'select',
          options: ['beneficiary location', 'recipient address', 'none'],
        },
      ],
    },
    { name: 'fromOpenCall', type: 'select', options: ['Yes', 'No'] },
    {
      name: 'classifications',
      type: 'array',
      fields: [
        { name: 'vocabulary', type: 'text' },
        { name: 'code', type: 'text' },
        { name: 'title', type: 'text' },
      ],
    },
    { name: 'url', type: 'text', validate: validateHttpUrl },
    {
      name: 'dei',
      type: 'group',
      label: 'DEI details',
      admin: { description: 'The 360Giving DEI extension: what was asked about who leads, and is served by, the recipient.' },
      fields: DEI_AREAS.map((a) => deiArea(a.value, a.label)),
    },
    {
      name: 'published',
      type: 'json',
      validate: validatePublishedGrant,
      admin: { readOnly: true, description: 'The grant exactly as published, for the 360Giving export.' },
    },
    {
      name: 'provenance',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'publisher', type: 'text', admin: { description: 'Who published the data.' } },
        { name: 'licence', type: 'text', admin: { description: 'The licence it was published under, e.g. CC BY 4.0.' } },
        { name: 'dataSource', type: 'text' },
        { name: 'sourceFile', type: 'text' },
      ],
    },
    manuallyCorrectedField,
    correctionReasonField,
  ],
}
