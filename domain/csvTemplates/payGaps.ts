import { CHARACTERISTICS } from '../vocabulary'
import type { Template, TemplateColumn } from './columns'

const share = (name: string, title: string, description: string): TemplateColumn => ({
  name,
  title,
  description,
  type: 'number',
  measured: true,
  minimum: 0,
  example: '48.5',
})
const gap = (name: string, title: string, description: string, example: string): TemplateColumn => ({
  name,
  title,
  description: `${description} As a percentage of the reference group's pay: positive when the comparison group is paid less. A number, a withheld symbol, or blank if not reported.`,
  type: 'number',
  measured: true,
  example,
})
const QUARTERS = ['lower', 'lower middle', 'upper middle', 'top']

/**
 * The portal's template for pay gaps by ethnicity or disability (and gender,
 * for employers outside the Gender Pay Gap Service): one row per organisation,
 * year, characteristic and pair of groups compared.
 */
export const PAY_GAP_TEMPLATE: Template = {
  slug: 'pay-gaps-template',
  title: 'Pay gaps template (ethnicity, disability and gender)',
  description:
    'One row per organisation, reporting year, characteristic and pair of groups compared. For ethnicity, name a Race Disparity Unit classification and use its groups. Figures that were withheld keep their symbol; leave a figure blank only when it was not reported.',
  primaryKey: ['organisation', 'year', 'characteristic', 'comparison_group'],
  columns: [
    {
      name: 'organisation',
      title: 'Organisation',
      description: 'The organisation’s name, as on the portal or at Companies House.',
      type: 'string',
      required: true,
      example: 'Greater London Authority',
    },
    {
      name: 'company_number',
      title: 'Companies House number',
      description: 'Eight characters, if the organisation is a company; matched before the name.',
      type: 'string',
      example: '01234567',
    },
    {
      name: 'year',
      title: 'Reporting year',
      description: 'The year of the snapshot date: 2024 for figures at 31 March 2024.',
      type: 'year',
      required: true,
      minimum: 2000,
      maximum: 2100,
      example: '2024',
    },
    {
      name: 'snapshot_date',
      title: 'Snapshot date',
      description: 'The date the pay figures describe (YYYY-MM-DD; DD/MM/YYYY is read as a UK date).',
      type: 'date',
      example: '2024-03-31',
    },
    {
      name: 'characteristic',
      title: 'Characteristic',
      description: 'What the groups differ by.',
      type: 'string',
      required: true,
      enum: CHARACTERISTICS.map((c) => c.value),
      example: 'ethnicity',
    },
    {
      name: 'classification',
      title: 'Ethnicity classification',
      description:
        'Required for ethnicity: the Race Disparity Unit classification code whose groups are compared, e.g. 5B (ONS 2011, 5+1), 19A (ONS 2021, 19+1) or 2A (White and Other than White).',
      type: 'string',
      example: '5B',
    },
    {
      name: 'reference_group',
      title: 'Reference group',
      description: 'The group whose pay the gap is measured against: e.g. White, Not disabled, Men.',
      type: 'string',
      required: true,
      example: 'White',
    },
    {
      name: 'comparison_group',
      title: 'Comparison group',
      description: 'The group compared with it: e.g. Black, Disabled, Women.',
      type: 'string',
      required: true,
      example: 'Black',
    },
    {
      name: 'headcount',
      title: 'Headcount',
      description: 'Staff counted in the figures.',
      type: 'integer',
      minimum: 0,
      example: '1250',
    },
    gap('mean_hourly_gap', 'Mean hourly pay gap (%)', 'The difference in mean hourly pay.', '12.4'),
    gap('median_hourly_gap', 'Median hourly pay gap (%)', 'The difference in median hourly pay.', '9.8'),
    gap('mean_bonus_gap', 'Mean bonus gap (%)', 'The difference in mean bonus pay.', '20.1'),
    gap('median_bonus_gap', 'Median bonus gap (%)', 'The difference in median bonus pay.', '0'),
    share('reference_bonus_share', 'Reference group receiving a bonus (%)', 'The share of the reference group paid a bonus.'),
    share('comparison_bonus_share', 'Comparison group receiving a bonus (%)', 'The share of the comparison group paid a bonus.'),
    ...QUARTERS.flatMap((q, i) => [
      share(
        `q${i + 1}_reference_share`,
        `Reference group's share of the ${q} pay quarter (%)`,
        `The reference group as a share of the staff in the ${q} quarter of hourly pay.`,
      ),
      share(
        `q${i + 1}_comparison_share`,
        `Comparison group's share of the ${q} pay quarter (%)`,
        `The comparison group as a share of the staff in the ${q} quarter of hourly pay.`,
      ),
    ]),
    {
      name: 'narrative_url',
      title: 'Report or narrative',
      description: 'Where the organisation publishes the figures and its narrative.',
      type: 'string',
      uri: true,
      example: 'https://www.example.org/pay-gap-report-2024',
    },
    {
      name: 'action_plan_url',
      title: 'Action plan',
      description: 'Where the organisation publishes its action plan to close the gap.',
      type: 'string',
      uri: true,
      example: 'https://www.example.org/pay-gap-action-plan',
    },
    {
      name: 'responsible_person',
      title: 'Responsible person',
      description: 'The senior person who confirms the figures, with their role.',
      type: 'string',
      example: 'Jane Doe (Chief Executive)',
    },
    {
      name: 'date_submitted',
      title: 'Date submitted',
      description: 'When the figures were published.',
      type: 'date',
      example: '2025-03-20',
    },
    {
      name: 'due_date',
      title: 'Due date',
      description: 'When they were due; a later date submitted marks the report late.',
      type: 'date',
      example: '2025-03-30',
    },
  ],
}
