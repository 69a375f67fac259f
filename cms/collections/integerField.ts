import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

/**
 * A number field's check that it is a whole number, on top of Payload's own
 * (required, min, max; a custom validate replaces it, so it is called here): the
 * site reads years, counts and plan numbers as integers, so 2022.5 would stop its
 * build (site/loaders/schemas.ts).
 */
export const validateInteger: NumberFieldSingleValidation = (value, args) => {
  const base = number(value, args)
  if (base !== true) return base
  return value === null || value === undefined || Number.isInteger(value) ? true : 'Expected a whole number.'
}
