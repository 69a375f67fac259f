import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { ownOrganisationDraft } from '../../access/ownOrganisationDraft'
import { publishedOrOwnOrganisation } from '../../access/publishedOrOwnOrganisation'
import { versionsPublishedNowOrOwnOrganisation } from '../../access/versionsPublishedNowOrOwnOrganisation'
import { staffOnly } from '../../access/staffOnly'
import { writtenByStaff } from '../../access/staffOnlyField'
import { enforceReviewWorkflow } from '../../hooks/enforceReviewWorkflow'
import { keepReporterChangesDraft } from '../../hooks/keepReporterChangesDraft'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { recordEditor } from '../../hooks/recordEditor'
import { BOROUGHS, IN_LONDON, LPB_MEMBERSHIP, SECTORS, SIZE_BANDS } from '../../../domain/vocabulary'
import { citationFields, validateHttpUrl, validateSlug, vocabularySelect } from '../fields'
import { reviewFields } from '../reviewFields'
import { correctionHooks, correctionReasonField } from '../Corrections'
import { deriveSlug } from './hooks/deriveSlug'
import { rememberFormerName } from './hooks/rememberFormerName'

const pattern = (regex: RegExp, expected: string) => (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && regex.test(value)) ? true : `Expected ${expected}.`

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'sector', '_status', 'review.state'], group: 'Commitments' },
  // Drafts are validated too: a bad web address is refused when typed, not when published.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrOwnOrganisation('id'),
    readVersions: versionsPublishedNowOrOwnOrganisation('parent'),
    create: staffOnly,
    update: ownOrganisationDraft('id'),
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [keepReporterChangesDraft],
    beforeValidate: [deriveSlug],
    beforeChange: [rememberFormerName, enforceReviewWorkflow, recordEditor, ...correctionHooks('organisations').beforeChange],
    afterChange: [...correctionHooks('organisations').afterChange, rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    {
      name: 'legalName',
      type: 'text',
      index: true,
      admin: {
        description:
          'The name as the source publishes it (e.g. the Gender Pay Gap Service’s CurrentName); the name above is how people write it.',
      },
    },
    {
      name: 'legalNameYear',
      type: 'number',
      admin: { readOnly: true, description: 'The reporting year the legal name was last published for: a later year’s name replaces it.' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateSlug,
      admin: { description: 'Used in the public address. Kept when the organisation is renamed.' },
    },
    vocabularySelect('sector', SECTORS, { required: true, index: true }),
    { name: 'sectorOther', type: 'text', label: 'Sector (if other)', admin: { condition: (data) => data?.sector === 'other' } },
    {
      name: 'identifiers',
      type: 'group',
      // Importers match published data to organisations by these: a curator sets them.
      access: writtenByStaff,
      admin: { description: 'Set by curators: imports match records to the organisation by these.' },
      fields: [
        {
          name: 'companiesHouseNumber',
          type: 'text',
          validate: pattern(/^(?:\d{8}|[A-Z]{2}\d{6})$/, 'a Companies House number: 8 digits, or 2 letters and 6 digits'),
        },
        {
          name: 'charityNumber',
          type: 'text',
          validate: pattern(/^\d{6,8}(?:-\d{1,3})?$/, 'a Charity Commission number: 6 to 8 digits, optionally -N'),
        },
        {
          name: 'orgId',
          type: 'text',
          label: 'Org-id',
          index: true,
          validate: pattern(/^[A-Z]{2}-[A-Z]{2,6}-\S+$/, 'an org-id such as GB-COH-01234567 or GB-CHC-1234567'),
        },
        {
          name: 'gpgEmployerId',
          type: 'text',
          label: 'Gender Pay Gap Service EmployerId',
          index: true,
          validate: pattern(/^\d+$/, 'the number the Gender Pay Gap Service gives the employer'),
        },
        {
          name: 'localAuthorityCode',
          type: 'text',
          label: 'Local authority register code',
          index: true,
          validate: pattern(/^[A-Z]{3}$/, 'the local authority register’s 3-letter code, e.g. CMD'),
          admin: { description: 'For councils and the GLA: the body in the local authority register (mySociety), e.g. CMD for Camden.' },
        },
        {
          name: 'gssCode',
          type: 'text',
          label: 'GSS code',
          validate: pattern(/^[EWSN]\d{8}$/, 'a GSS code such as E09000007'),
          admin: { description: 'The ONS code of the area the council governs, e.g. E09000007.' },
        },
      ],
    },
    {
      name: 'industries',
      type: 'array',
      admin: { description: 'UK SIC 2007 codes the organisation reports (Gender Pay Gap Service), with their division and section.' },
      fields: [
        { name: 'code', type: 'text', required: true },
        { name: 'name', type: 'text' },
        { name: 'division', type: 'text' },
        { name: 'divisionName', type: 'text' },
        { name: 'section', type: 'text' },
        { name: 'sectionName', type: 'text' },
      ],
    },
    vocabularySelect('boroughs', BOROUGHS, { hasMany: true, admin: { description: 'Boroughs the organisation works in.' } }),
    { name: 'londonWide', type: 'checkbox', defaultValue: false, admin: { description: 'Works across all of London.' } },
    vocabularySelect('inLondon', IN_LONDON, {
      defaultValue: 'not-known',
      admin: { description: 'From the address’s postcode; London-only views leave out organisations outside Greater London.' },
    }),
    {
      name: 'postcode',
      type: 'text',
      admin: { description: 'The postcode of the address the source gives (e.g. the Gender Pay Gap Service’s PostCode).' },
    },
    {
      name: 'localAuthority',
      type: 'text',
      admin: { description: 'Outside London: the local authority of the address, as the postcode lookup names it.' },
    },
    {
      name: 'importKeys',
      type: 'array',
      access: writtenByStaff,
      admin: {
        readOnly: true,
        description:
          'How imports named this organisation when they created it (name, identifiers and postcode): the same name from the same kind of source is this organisation again.',
      },
      fields: [{ name: 'key', type: 'text', required: true }],
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'organisations',
      access: writtenByStaff,
      admin: { readOnly: true, description: 'Set when a curator merged this record into another: its address redirects there.' },
    },
    {
      name: 'formerSlugs',
      type: 'array',
      access: writtenByStaff,
      admin: { readOnly: true, description: 'Addresses of records merged into this one: the site redirects them here.' },
      fields: [
        { name: 'slug', type: 'text', required: true },
        { name: 'name', type: 'text', required: true },
        { name: 'mergedOn', type: 'date', required: true },
      ],
    },
    { name: 'website', type: 'text', validate: validateHttpUrl },
    vocabularySelect('sizeBand', SIZE_BANDS, { required: true, defaultValue: 'not-stated' }),
    vocabularySelect('lpbMembership', LPB_MEMBERSHIP, { required: true, defaultValue: 'not-stated', label: 'London Partnership Board' }),
    { name: 'adoptedPlanOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'description', type: 'textarea' },
    {
      name: 'formerNames',
      type: 'array',
      // Imports match by former names too; a rename records the old one itself (rememberFormerName).
      access: writtenByStaff,
      admin: { description: 'Earlier names, so that records under them still match this organisation.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'until', type: 'date' },
      ],
    },
    {
      name: 'facts',
      type: 'array',
      admin: { description: 'Statements a published source makes about the organisation, each with its citation.' },
      fields: [
        { name: 'statement', type: 'textarea', required: true },
        { name: 'date', type: 'date', admin: { description: 'When the fact took effect, if the source says.' } },
        ...citationFields,
      ],
    },
    { name: 'sources', type: 'array', fields: citationFields, admin: { description: 'Where this profile comes from.' } },
    ...reviewFields,
    correctionReasonField,
  ],
}
