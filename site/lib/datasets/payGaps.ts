import { VALUE_STATUS_VALUES, type MeasuredValue } from '../../../domain/measured'
import { reportingYearLabel } from '../../../domain/reportingYear'
import { CHARACTERISTICS, DATA_SOURCES, valuesOf } from '../../../domain/vocabulary'
import type { PayGapReport, PortalContent } from '../content'
import { urls } from '../urls'
import { PAY_GAP_UPDATES, spanOf } from './schedules'
import { LICENCE } from './licence'
import type { DatasetSpec, FieldSpec, Rights, Row } from './types'

/**
 * Pay gaps as open data. Each figure is three columns: the number (blank unless
 * reported), its status, and the symbol it was published with, so a withheld
 * figure stays withheld in the download and is never a 0.
 */
const MEASURES = [
  ['mean_hourly_gap', 'meanHourlyGap', 'Mean hourly pay gap, % of the reference group’s pay'],
  ['median_hourly_gap', 'medianHourlyGap', 'Median hourly pay gap, % of the reference group’s pay'],
  ['mean_bonus_gap', 'meanBonusGap', 'Mean bonus gap, %'],
  ['median_bonus_gap', 'medianBonusGap', 'Median bonus gap, %'],
  ['reference_bonus_share', 'referenceBonusShare', '% of the reference group receiving a bonus'],
  ['comparison_bonus_share', 'comparisonBonusShare', '% of the comparison group receiving a bonus'],
] as const
const QUARTERS = [
  ['q1', 'lower'],
  ['q2', 'lower middle'],
  ['q3', 'upper middle'],
  ['q4', 'top'],
] as const

function measuredFields(name: string, description: string): FieldSpec[] {
  return [
    { name, type: 'number', title: name, description: `${description}. Blank unless ${name}_status is reported.` },
    {
      name: `${name}_status`,
      type: 'string',
      title: `${name} status`,
      description: 'reported, withheld, not-applicable or not-reported.',
      required: true,
      enum: VALUE_STATUS_VALUES,
    },
    {
      name: `${name}_symbol`,
      type: 'string',
      title: `${name} symbol`,
      description: 'The symbol the publisher printed instead of a figure, e.g. <5 or N/A.',
    },
  ]
}

/** The identifiers researchers join other data on, from the organisation's profile. */
const IDENTIFIER_FIELDS: FieldSpec[] = [
  {
    name: 'organisation_slug',
    type: 'string',
    title: 'Organisation key',
    description: 'Key of the organisation (see the organisations dataset).',
    required: true,
  },
  { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Name of the organisation.', required: true },
  {
    name: 'employer_id',
    type: 'string',
    title: 'EmployerId',
    description: 'The employer’s number in the UK Gender Pay Gap Service (its EmployerId column), where known.',
  },
  {
    name: 'companies_house_number',
    type: 'string',
    title: 'Companies House number',
    description: 'The employer’s company registration number, where registered (the service’s CompanyNumber).',
  },
  {
    name: 'charity_number',
    type: 'string',
    title: 'Charity number',
    description: 'Charity Commission registration number, where registered.',
  },
  { name: 'org_id', type: 'string', title: 'Org-id', description: 'Identifier in the org-id.guide scheme, e.g. GB-COH-01234567.' },
  {
    name: 'postcode',
    type: 'string',
    title: 'Postcode',
    description: 'The postcode of the employer’s address as its source publishes it (the service’s PostCode), where known.',
  },
  {
    name: 'sic_codes',
    type: 'string',
    title: 'SIC codes',
    description: 'UK SIC 2007 codes the employer reports (five digits, as Companies House writes them), separated by "; ".',
  },
]

const REPORT_FIELDS: FieldSpec[] = [
  {
    name: 'year',
    type: 'integer',
    title: 'Year',
    description: 'Year of the snapshot date: 2022 for the 2022-23 reporting year.',
    required: true,
  },
  {
    name: 'characteristic',
    type: 'string',
    title: 'Characteristic',
    description: 'gender, ethnicity or disability.',
    required: true,
    enum: valuesOf(CHARACTERISTICS),
  },
  {
    name: 'classification',
    type: 'string',
    title: 'Ethnicity classification',
    description: 'For ethnicity, the Race Disparity Unit classification used.',
  },
  {
    name: 'reference_group',
    type: 'string',
    title: 'Reference group',
    description: 'The group the gap is measured against, e.g. Men.',
    required: true,
  },
  {
    name: 'comparison_group',
    type: 'string',
    title: 'Comparison group',
    description: 'The group compared with it, e.g. Women. A positive gap means this group is paid less.',
    required: true,
  },
]

const FIELDS: FieldSpec[] = [
  ...IDENTIFIER_FIELDS,
  ...REPORT_FIELDS,
  { name: 'headcount', type: 'integer', title: 'Headcount', description: 'Staff counted, where published.' },
  { name: 'employer_size', type: 'string', title: 'Employer size', description: 'Size band as published.' },
  ...MEASURES.flatMap(([name, , description]) => measuredFields(name, description)),
  ...QUARTERS.flatMap(([q, label]) => [
    ...measuredFields(`${q}_reference_share`, `Reference group’s share of the ${label} pay quarter, %`),
    ...measuredFields(`${q}_comparison_share`, `Comparison group’s share of the ${label} pay quarter, %`),
  ]),
  {
    name: 'flags',
    type: 'string',
    title: 'Data-quality flags',
    description: 'Checks the record fails, separated by "; " (see About the data).',
  },
  { name: 'submitted_late', type: 'boolean', title: 'Submitted late', description: 'Whether the report was submitted after the deadline.' },
  { name: 'narrative_url', type: 'string', title: 'Narrative', description: 'The organisation’s report, narrative or action plan.' },
  {
    name: 'source',
    type: 'string',
    title: 'Source',
    description: 'Where the figures come from.',
    required: true,
    enum: valuesOf(DATA_SOURCES),
  },
  { name: 'profile_url', type: 'string', title: 'Profile', description: 'The organisation’s page on the portal.', required: true },
  { name: 'updated_at', type: 'datetime', title: 'Updated', description: 'When the published record last changed (UTC).', required: true },
]

function measuredCells(prefix: string, m: MeasuredValue): Row {
  return { [prefix]: m.status === 'reported' ? m.value : null, [`${prefix}_status`]: m.status, [`${prefix}_symbol`]: m.symbol }
}

function identifierCells(content: PortalContent, r: PayGapReport): Row {
  const organisation = content.organisationById.get(r.organisation)!
  return {
    organisation_slug: organisation.slug,
    organisation_name: organisation.name,
    employer_id: organisation.identifiers.gpgEmployerId,
    companies_house_number: organisation.identifiers.companiesHouseNumber,
    charity_number: organisation.identifiers.charityNumber,
    org_id: organisation.identifiers.orgId,
    postcode: organisation.postcode,
    sic_codes: organisation.industries.map((i) => i.code),
  }
}

function payGapRow(content: PortalContent, r: PayGapReport): Row {
  const organisation = content.organisationById.get(r.organisation)!
  return {
    ...identifierCells(content, r),
    year: r.year,
    characteristic: r.characteristic,
    classification: r.classification,
    reference_group: r.referenceGroup,
    comparison_group: r.comparisonGroup,
    headcount: r.headcount,
    employer_size: r.employerSize,
    ...Object.assign({}, ...MEASURES.map(([name, key]) => measuredCells(name, r[key]))),
    ...Object.assign(
      {},
      ...QUARTERS.flatMap(([q]) => [
        measuredCells(`${q}_reference_share`, r[q].reference),
        measuredCells(`${q}_comparison_share`, r[q].comparison),
      ]),
    ),
    flags: r.flags.map((f: { code: string }) => f.code),
    submitted_late: r.submittedLate,
    narrative_url: r.narrativeUrl,
    source: r.provenance.source,
    profile_url: urls.organisation(organisation.slug),
    updated_at: r.updatedAt,
  }
}

/**
 * Pay gaps are republished from their publishers, so the dataset credits them
 * rather than the portal's seed documents: the Gender Pay Gap Service and the
 * GLA under the Open Government Licence v3.0, as each publishes; rows from the
 * portal's template are the organisations' own, under the portal's licence.
 */
function payGapRights(rows: readonly Row[]): Rights {
  const from = new Set(rows.map((r) => r.source))
  const sources = [
    ...(from.has('gpg-service') ? [{ title: 'UK Gender Pay Gap Service (GOV.UK)', path: 'https://gender-pay-gap.service.gov.uk/' }] : []),
    ...(from.has('gla-tables')
      ? [
          {
            title: 'Greater London Authority: pay gap reports',
            path: 'https://www.london.gov.uk/who-we-are/governance-and-spending/spending-money-wisely/pay-gap-reports',
          },
        ]
      : []),
    ...([...from].some((s) => s !== 'gpg-service' && s !== 'gla-tables')
      ? [{ title: 'Organisations’ own reports through the Building a Fairer City portal' }]
      : []),
  ]
  return {
    licences: [LICENCE],
    attribution: `Contains public sector information licensed under the Open Government Licence v3.0. Source: ${sources.map((s) => s.title).join('; ') || 'the Building a Fairer City portal'}; compiled by the Building a Fairer City open-data portal.`,
    sources,
  }
}

const PROVENANCE = {
  sources: [
    'UK Gender Pay Gap Service downloads (every layout it has published), for employers in London',
    'The Greater London Authority’s published gender, ethnicity and disability pay gap tables',
    'Organisations’ ethnicity, disability and gender pay gaps sent in the portal’s pay gaps template, and reports entered by curators',
  ],
  processing: [
    'Employers are matched to the portal’s organisations by EmployerId, the local authority register’s code (councils), company number, then current or former name; a match on a name alone waits for a curator, its report stored against an unpublished organisation meanwhile and so not in this dataset.',
    'Suppressed or withheld figures (<5, >5, u) are kept as withheld with their symbol and N/A as not applicable, never as 0; the number is blank and the status and symbol are in their own columns.',
    'Figures are stored as published. Records that break the service’s rules (quarters that do not add up to 100, shares outside 0-100, gaps over 100) or fail a plausibility check are kept and flagged, not fixed.',
    'A record a curator corrected is not overwritten by a later import; every correction is in the corrections log.',
  ],
}

const common = {
  keywords: ['pay gap', 'gender pay gap', 'ethnicity pay gap', 'disability pay gap', 'London'],
  themes: ['ECON', 'SOCI'] as DatasetSpec['themes'],
  updates: PAY_GAP_UPDATES,
  provenance: PROVENANCE,
  rights: payGapRights,
  temporal: spanOf('year', 4),
  primaryKey: ['organisation_slug', 'year', 'characteristic', 'comparison_group', 'source'],
  foreignKeys: [{ fields: ['organisation_slug'], reference: { resource: 'organisations', fields: ['organisation_slug'] } }],
  fields: FIELDS,
}

export const payGapsDataset: DatasetSpec = {
  slug: 'pay-gaps',
  title: 'Pay gaps, all years',
  description:
    'Gender, ethnicity and disability pay gaps published by organisations on the portal (step 1.1.4 of the plan), from the UK Gender Pay Gap Service, organisations’ own publications and the portal’s templates. Withheld figures stay withheld, with the symbol published; records that break the service’s rules are included with their flags.',
  ...common,
  records: (content) => ({ collection: 'pay-gap-reports', ids: content.payGapReports.map((r) => r.id) }),
  rows: (content) => content.payGapReports.map((r) => payGapRow(content, r)),
}

/** One dataset per reporting year that has reports. */
export function payGapYearDatasets(content: PortalContent): DatasetSpec[] {
  const years = [...new Set(content.payGapReports.map((r) => r.year))].sort((a, b) => b - a)
  return years.map((year) => ({
    slug: `pay-gaps-${year}`,
    title: `Pay gaps, ${reportingYearLabel(year)}`,
    description: `Pay gaps for the reporting year with a snapshot date in ${year}. ${payGapsDataset.description}`,
    ...common,
    records: (c) => ({ collection: 'pay-gap-reports', ids: c.payGapReports.filter((r) => r.year === year).map((r) => r.id) }),
    rows: (c) => c.payGapReports.filter((r) => r.year === year).map((r) => payGapRow(c, r)),
  }))
}

/** The measures of the long form: every figure of a report, named as in the wide form. */
const LONG_MEASURES: Array<[string, string, (r: PayGapReport) => MeasuredValue]> = [
  ...MEASURES.map(([name, key, description]): [string, string, (r: PayGapReport) => MeasuredValue] => [name, description, (r) => r[key]]),
  ...QUARTERS.flatMap(([q, label]): Array<[string, string, (r: PayGapReport) => MeasuredValue]> => [
    [`${q}_reference_share`, `Reference group’s share of the ${label} pay quarter, %`, (r) => r[q].reference],
    [`${q}_comparison_share`, `Comparison group’s share of the ${label} pay quarter, %`, (r) => r[q].comparison],
  ]),
]

/**
 * The same figures tidy: one row per report and measure, for tools that want
 * long data (R's tidyverse, pandas' groupby) rather than 60-odd columns.
 */
export const payGapsLongDataset: DatasetSpec = {
  slug: 'pay-gaps-long',
  title: 'Pay gaps, all years, in long form',
  // Writing it was 70-97 s of a build at 20,000 employers with two years (issue 15), and at eight years it passes the sheet's limit.
  noWorkbook: {
    why: 'this table has a row for every figure, fourteen for each report, so with a few years of reports from every employer it passes the 1,048,576 rows an Excel worksheet can hold. The pay gaps dataset has one row for each report.',
    sameFiguresIn: 'pay-gaps',
  },
  description:
    'The pay gaps dataset with one row per report and measure (the mean and median hourly and bonus gaps, bonus shares and each pay quarter’s shares), with the value, its status and the symbol published. Withheld figures stay withheld.',
  keywords: [...common.keywords, 'tidy data'],
  themes: common.themes,
  updates: PAY_GAP_UPDATES,
  provenance: PROVENANCE,
  temporal: common.temporal,
  primaryKey: ['organisation_slug', 'year', 'characteristic', 'comparison_group', 'source', 'measure'],
  foreignKeys: common.foreignKeys,
  fields: [
    ...IDENTIFIER_FIELDS,
    ...REPORT_FIELDS,
    {
      name: 'source',
      type: 'string',
      title: 'Source',
      description: 'Where the figures come from.',
      required: true,
      enum: valuesOf(DATA_SOURCES),
    },
    {
      name: 'measure',
      type: 'string',
      title: 'Measure',
      description: `Which figure: ${LONG_MEASURES.map(([name, description]) => `${name} (${description})`).join('; ')}.`,
      required: true,
      enum: LONG_MEASURES.map(([name]) => name),
    },
    { name: 'value', type: 'number', title: 'Value', description: 'The figure, in per cent. Blank unless status is reported.' },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description: 'reported, withheld, not-applicable or not-reported.',
      required: true,
      enum: VALUE_STATUS_VALUES,
    },
    {
      name: 'symbol',
      type: 'string',
      title: 'Symbol',
      description: 'The symbol the publisher printed instead of a figure, e.g. <5 or N/A.',
    },
    {
      name: 'updated_at',
      type: 'datetime',
      title: 'Updated',
      description: 'When the published record last changed (UTC).',
      required: true,
    },
  ],
  records: (content) => ({ collection: 'pay-gap-reports', ids: content.payGapReports.map((r) => r.id) }),
  rows: (content) =>
    content.payGapReports.flatMap((r) => {
      const report = payGapRow(content, r)
      const shared = Object.fromEntries([...IDENTIFIER_FIELDS, ...REPORT_FIELDS].map((f) => [f.name, report[f.name]]))
      return LONG_MEASURES.map(([measure, , valueOf]) => {
        const m = valueOf(r)
        return {
          ...shared,
          source: r.provenance.source,
          measure,
          value: m.status === 'reported' ? m.value : null,
          status: m.status,
          symbol: m.symbol,
          updated_at: r.updatedAt,
        }
      })
    }),
}
