import { WORKFORCE_CHARACTERISTICS } from '../vocabulary'
import type { Template } from './columns'

/**
 * The portal's template for workforce profiles, in long form: one row per
 * organisation, date, grouping (all staff, or a grade or pay band) and category.
 * Characteristics and categories follow the Open Innovations diversity data
 * standard, so the two importers store the same thing.
 */
export const WORKFORCE_TEMPLATE: Template = {
  slug: 'workforce-template',
  title: 'Workforce profile template',
  description:
    'One row per organisation, date, grouping and category, with its headcount. Use the grouping "All staff" for the whole workforce, and a grade or pay band name for each level. Headcounts that were withheld keep their symbol.',
  primaryKey: ['organisation', 'published', 'grouping', 'characteristic', 'category'],
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
      name: 'published',
      title: 'Date of the figures',
      description: 'The date the headcounts describe, as precise as known: 2024, 2024-03 or 2024-03-31.',
      type: 'string',
      required: true,
      pattern: { regex: '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?', meaning: 'a date as 2024, 2024-03 or 2024-03-31' },
      example: '2024-03-31',
    },
    {
      name: 'grouping',
      title: 'Grouping',
      description: 'All staff, or the grade, pay band or division the row counts. Blank means all staff.',
      type: 'string',
      example: 'Grade 10 to 12',
    },
    {
      name: 'level',
      title: 'Level',
      description: 'Where the grouping sits, if the organisation numbers its levels (e.g. 1 for the most senior).',
      type: 'string',
      example: '2',
    },
    {
      name: 'employees',
      title: 'Employees in the grouping',
      description: 'Everyone in the grouping, whatever their answers; the same on every row of one grouping.',
      type: 'integer',
      minimum: 0,
      example: '412',
    },
    {
      name: 'link_to_information',
      title: 'Link to the organisation’s information',
      description: 'Where the organisation publishes these figures.',
      type: 'string',
      uri: true,
      example: 'https://www.example.org/workforce-report-2024',
    },
    {
      name: 'characteristic',
      title: 'Characteristic',
      description: 'The Open Innovations diversity data standard’s section.',
      type: 'string',
      required: true,
      enum: WORKFORCE_CHARACTERISTICS,
      example: 'ethnicity',
    },
    {
      name: 'category',
      title: 'Category',
      description:
        'The category within the characteristic, in the standard’s form: e.g. asian/indian, black/african, female, 16-24, prefernottosay, undisclosed.',
      type: 'string',
      required: true,
      pattern: { regex: '[a-z0-9+-]+(/[a-z0-9+-]+)*', meaning: 'a category in lower case, levels separated by /, e.g. asian/indian' },
      example: 'asian/indian',
    },
    {
      name: 'headcount',
      title: 'Headcount',
      description: 'People in the category: a whole number, or a withheld symbol such as <5.',
      type: 'integer',
      required: true,
      measured: true,
      minimum: 0,
      example: '37',
    },
  ],
}
