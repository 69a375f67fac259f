import type { Field, SelectField } from 'payload'
import { SOURCE_DOCUMENTS, type Term } from '../../domain/vocabulary'

/** A select field whose options come from a shared vocabulary. */
export function vocabularySelect(name: string, terms: readonly Term[], overrides: Partial<SelectField> = {}): SelectField {
  return {
    name,
    type: 'select',
    options: terms.map(({ value, label }) => ({ value, label })),
    ...overrides,
  } as SelectField
}

const HTTP_URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i

/** Validates an optional web address, naming what was expected. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && HTTP_URL.test(value) ? true : 'Enter a full web address starting with https:// or http://.'
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A slug, part of a public address; always needed (hooks make one from the name
 * or title before this runs). A custom validate replaces Payload's required check.
 */
export function validateSlug(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return 'A slug is required: it is the record’s address.'
  return typeof value === 'string' && SLUG.test(value)
    ? true
    : 'Expected lower-case letters, digits and single hyphens, e.g. transport-for-london.'
}

/** Where a statement comes from: a source document and the section within it. */
export const citationFields: Field[] = [
  vocabularySelect('document', SOURCE_DOCUMENTS, { required: true }),
  { name: 'section', type: 'text', admin: { description: 'Section, table or page, e.g. "4.2, Local government".' } },
  { name: 'url', type: 'text', validate: validateHttpUrl, admin: { description: 'Where the source can be read, if online.' } },
]

/**
 * Set by markManualCorrection when a person edits an imported record, so that a
 * later import of the same file lists the record instead of overwriting it.
 */
export const manuallyCorrectedField: Field = {
  name: 'manuallyCorrected',
  type: 'checkbox',
  defaultValue: false,
  admin: { position: 'sidebar', readOnly: true, description: 'Edited by hand after import; imports will not overwrite it.' },
}
