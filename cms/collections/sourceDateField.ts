import type { Field } from 'payload'
import { validatePartialDate } from '../../domain/sourceDate'

/** When the source says the record's state began or was reported (domain/sourceDate.ts); blank when it does not say. */
export const sourceDateField: Field = {
  name: 'sourceDate',
  type: 'group',
  admin: { description: 'The date the source gives, with its precision (2021, 2022-07, 2023-03-31); leave blank when it gives none.' },
  fields: [
    { name: 'date', type: 'text', validate: validatePartialDate },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'as-of',
      options: [
        { value: 'since', label: 'Since: the state began then' },
        { value: 'as-of', label: 'As of: the source reported it then' },
      ],
    },
    { name: 'quote', type: 'text', admin: { description: 'The source’s own words for the date.' } },
  ],
}
