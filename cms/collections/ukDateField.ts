import { ValidationError, type DateField, type FieldHook } from 'payload'
import { looksLikeUkDate, parseUkDate } from '../../domain/ukDate'

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

/** A day-only date field that reads dd/mm/yyyy as a UK date. */
export function ukDateField(name: string, overrides: Partial<DateField> = {}): DateField {
  return {
    name,
    type: 'date',
    ...overrides,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }, ...overrides.admin },
    hooks: { ...overrides.hooks, beforeValidate: [readUkDate, ...(overrides.hooks?.beforeValidate ?? [])] },
  }
}
