import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../domain/csvTemplates/funding'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { blankTemplate, compareHeader, readCell, tableSchema, type TemplateColumn } from '../../domain/csvTemplates/columns'
import { WORKFORCE_TEMPLATE } from '../../domain/csvTemplates/workforce'

const profilePath = '../shared/data/frictionless/profiles/2.0/tableschema.json'

describe.each(
  [PAY_GAP_TEMPLATE, WORKFORCE_TEMPLATE, FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE].map((t) => [t.slug, t] as const),
)('template %s', (_slug, template) => {
  it.runIf(existsSync(profilePath))('publishes a Table Schema valid against the Frictionless 2.0 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    for (const hint of ['textarea', 'binary']) ajv.addFormat(hint, true)
    const validate = ajv.compile(JSON.parse(readFileSync(profilePath, 'utf8')))
    const schema = tableSchema(template)
    validate(schema)
    expect(validate.errors ?? []).toEqual([])
    expect(schema.primaryKey.every((k) => schema.fields.some((f) => f.name === k))).toBe(true)
  })

  it('has a blank template whose header is the schema’s field names', () => {
    expect(blankTemplate(template)).toBe(
      `${tableSchema(template)
        .fields.map((f) => f.name)
        .join(',')}\r\n`,
    )
    expect(compareHeader(template, blankTemplate(template).trim().split(','))).toEqual({ missing: [], unknown: [] })
  })

  it('documents every column with an example its own rules accept', () => {
    for (const column of template.columns) {
      expect(column.description.length, column.name).toBeGreaterThan(10)
      expect(readCell(column, column.example), column.name).toMatchObject({ ok: true })
    }
  })
})

describe('reading a template cell', () => {
  const column = (c: Partial<TemplateColumn>): TemplateColumn => ({
    name: 'x',
    title: 'X',
    description: '',
    type: 'string',
    example: '',
    ...c,
  })

  it('reads a figure, a withheld symbol, or a blank as not reported', () => {
    const gap = column({ type: 'number', measured: true })
    expect(readCell(gap, ' 12.50 ')).toEqual({ ok: true, value: { value: 12.5, status: 'reported', symbol: null } })
    expect(readCell(gap, '-3')).toEqual({ ok: true, value: { value: -3, status: 'reported', symbol: null } })
    expect(readCell(gap, '<5')).toEqual({ ok: true, value: { value: null, status: 'withheld', symbol: '<5' } })
    expect(readCell(gap, 'N/A')).toEqual({ ok: true, value: { value: null, status: 'not-applicable', symbol: 'N/A' } })
    expect(readCell(gap, '')).toEqual({ ok: true, value: null })
    expect(readCell(gap, '0x10')).toMatchObject({ ok: false, expected: expect.stringContaining('got "0x10"') })
    expect(readCell(gap, 'twelve')).toMatchObject({ ok: false })
  })

  it('applies required, enum, range, pattern, whole-number, date and web address rules', () => {
    expect(readCell(column({ required: true }), ' ')).toMatchObject({ ok: false, expected: expect.stringContaining('required') })
    expect(readCell(column({ enum: ['gender', 'ethnicity'] }), 'Ethnicity')).toEqual({ ok: true, value: 'ethnicity' })
    expect(readCell(column({ enum: ['gender', 'ethnicity'] }), 'race')).toMatchObject({ ok: false })
    expect(readCell(column({ type: 'integer', minimum: 0 }), '-1')).toMatchObject({
      ok: false,
      expected: expect.stringContaining('at least 0'),
    })
    expect(readCell(column({ type: 'integer' }), '2.5')).toMatchObject({ ok: false })
    expect(readCell(column({ type: 'integer', measured: true }), '2.5')).toMatchObject({ ok: false })
    expect(readCell(column({ type: 'year', minimum: 2000 }), '1999')).toMatchObject({ ok: false })
    expect(readCell(column({ type: 'date' }), '31/03/2024')).toEqual({ ok: true, value: '2024-03-31T00:00:00.000Z' })
    expect(readCell(column({ type: 'date' }), '31/02/2024')).toMatchObject({ ok: false })
    expect(readCell(column({ pattern: { regex: '\\d{4}', meaning: 'a year' } }), '2024-01')).toMatchObject({
      ok: false,
      expected: 'a year, got "2024-01"',
    })
    expect(readCell(column({ uri: true }), 'javascript:alert(1)')).toMatchObject({ ok: false })
    expect(readCell(column({ uri: true }), 'https://example.org/a')).toEqual({ ok: true, value: 'https://example.org/a' })
  })
})
