import { ValidationError, type CollectionConfig, type DateField, type Field, type FieldHook } from 'payload'
import { looksLikeUkDate, parseUkDate } from '../../domain/ukDate'

/** How the admin shows and reads a day: react-datepicker parses typed text with this pattern too, so 01/11/2026 is 1 November. */
export const UK_DAY_FORMAT = 'dd/MM/yyyy'
export const UK_DAY_AND_TIME_FORMAT = 'dd/MM/yyyy HH:mm'

/**
 * A text date written day first (01/11/2026) is read as the UK date it is,
 * whichever route it came by (REST, GraphQL, the admin), before Payload's own
 * parsing would read it month first. ISO dates pass unchanged.
 */
const readUkDate: FieldHook = ({ value, path }) => {
  if (typeof value !== 'string' || !looksLikeUkDate(value)) return value
  const iso = parseUkDate(value)
  if (iso === undefined)
    throw new ValidationError({
      errors: [{ path: path.join('.'), message: `${value} is not a date: expected dd/mm/yyyy, e.g. 01/11/2026.` }],
    })
  return iso
}

/**
 * A date field shown, typed and read the UK way: day-only fields (Payload's
 * default appearance) as dd/mm/yyyy, date-and-time fields as dd/mm/yyyy HH:mm.
 * Idempotent, so a field made with ukDateField can pass through withUkDates.
 */
export function asUkDate(field: DateField): DateField {
  const appearance = field.admin?.date?.pickerAppearance ?? 'dayOnly'
  const displayFormat =
    appearance === 'dayOnly' ? UK_DAY_FORMAT : appearance === 'dayAndTime' ? UK_DAY_AND_TIME_FORMAT : field.admin?.date?.displayFormat
  const beforeValidate = field.hooks?.beforeValidate ?? []
  return {
    ...field,
    admin: { ...field.admin, date: { ...field.admin?.date, pickerAppearance: appearance, displayFormat } },
    hooks: { ...field.hooks, beforeValidate: beforeValidate.includes(readUkDate) ? beforeValidate : [readUkDate, ...beforeValidate] },
  }
}

/** A day-only date field that reads dd/mm/yyyy as a UK date. */
export function ukDateField(name: string, overrides: Partial<DateField> = {}): DateField {
  return asUkDate({
    ...overrides,
    name,
    type: 'date',
    admin: { ...overrides.admin, date: { pickerAppearance: 'dayOnly', ...overrides.admin?.date } },
  })
}

function withUkDateFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return asUkDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withUkDateFields(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withUkDateFields(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withUkDateFields(field.fields) } as Field
    return field
  })
}

/**
 * Every date field of every collection the UK way (issue 14: dates typed as
 * 01/11/2026 were stored as 11 January 2026), applied once to the config so no
 * collection can forget it.
 */
export function withUkDates(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({ ...collection, fields: withUkDateFields(collection.fields) }))
}
