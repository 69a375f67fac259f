import { VALUE_STATUS_VALUES, type MeasuredValue } from '../../../domain/measured'
import { reportingYearLabel } from '../../../domain/reportingYear'
import { CHARACTERISTICS, DATA_SOURCES, valuesOf } from '../../../domain/vocabulary'
import type { PayGapReport, PortalContent } from '../content'
import { urls } from '../urls'
import type { DatasetSpec, FieldSpec, Row } from './types'

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

const FIELDS: FieldSpec[] = [
  {
    name: 'organisation_slug',
    type: 'string',
    title: 'Organisation key',
    description: 'Key of the organisation (see the organisations dataset).',
    required: true,
  },
  { name: 'organisation_name', type: 'string', title: 'Organisation', description: 'Name of the organisation.', required: true },
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

function payGapRow(content: PortalContent, r: PayGapReport): Row {
  const organisation = content.organisationById.get(r.organisation)!
  return {
    organisation_slug: organisation.slug,
    organisation_name: organisation.name,
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

const common = {
  keywords: ['pay gap', 'gender pay gap', 'ethnicity pay gap', 'disability pay gap', 'London'],
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
    rows: (c) => c.payGapReports.filter((r) => r.year === year).map((r) => payGapRow(c, r)),
  }))
}
