import { describe, expect, test } from 'vitest'
import { CONTENT_COLLECTIONS } from '../../site/loaders/contentCollections'
import { describeSkipped, validateRecords } from '../../site/loaders/validateRecords'

/** Made-up records as Payload returns them (numeric IDs, as on SQLite). */
const grant = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  grantId: `360G-EXAMPLE-${id}`,
  title: `Grant ${id}`,
  currency: 'GBP',
  amountAwarded: 1000 * id,
  awardDate: '2024-05-01T00:00:00.000Z',
  year: 2024,
  funder: { orgId: 'GB-CHC-1000000', name: 'Example Trust', organisation: 7 },
  recipient: { orgId: `GB-CHC-200000${id}`, name: `Recipient ${id}` },
  published: { id: `360G-EXAMPLE-${id}` },
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const grants = { ...CONTENT_COLLECTIONS.grants, content: 'grants' }

describe('validateRecords', () => {
  test('keeps the records that match, exactly as the schema gives them, under their Payload IDs', () => {
    const records = [grant(1), grant(2)]
    const { entries, skipped } = validateRecords(grants, records)
    expect(skipped).toEqual([])
    expect(entries).toEqual(records.map((r) => ({ id: String(r.id), data: CONTENT_COLLECTIONS.grants.schema.parse(r) })))
    expect(entries[0].data).toMatchObject({ funder: { organisation: '7' }, amountAppliedFor: null })
  })

  test('leaves out a record its schema refuses, naming collection, ID, field and what was expected', () => {
    const { year: _year, ...withoutYear } = grant(2)
    const { entries, skipped } = validateRecords(grants, [grant(1), withoutYear, grant(3)])
    expect(entries.map((e) => e.id)).toEqual(['1', '3'])
    expect(skipped).toEqual([
      {
        collection: 'grants',
        content: 'grants',
        id: '2',
        problems: [{ field: 'year', problem: 'Invalid input: expected number, received undefined' }],
      },
    ])
    expect(describeSkipped(skipped[0])).toBe('grants 2: year: Invalid input: expected number, received undefined')
  })

  test('refuses a value outside the CMS’s vocabulary, with every problem of the record', () => {
    const organisations = { ...CONTENT_COLLECTIONS.organisations, content: 'organisations' }
    const { skipped } = validateRecords(organisations, [
      {
        id: 9,
        name: 'Example',
        slug: 'example',
        sector: 'pirates',
        sizeBand: 'small',
        lpbMembership: 'member',
        boroughs: ['atlantis'],
        updatedAt: 'x',
      },
    ])
    expect(skipped).toHaveLength(1)
    expect(skipped[0].problems.map((p) => p.field)).toEqual(['sector', 'boroughs.0'])
    expect(skipped[0].problems[0].problem).toMatch(/^Invalid option: expected one of "health"\|/)
  })

  test('leaves out a document without an ID, and numbers records derived from versions', () => {
    const { id: _id, ...withoutId } = grant(4)
    expect(validateRecords(grants, [withoutId]).skipped).toEqual([
      {
        collection: 'grants',
        content: 'grants',
        id: '#1',
        problems: [{ field: 'id', problem: 'Expected a Payload ID (a string or a number)' }],
      },
    ])
    const statusChanges = { ...CONTENT_COLLECTIONS.statusChanges, content: 'statusChanges' }
    const { entries, skipped } = validateRecords(statusChanges, [
      { commitment: 1, status: 'planned', at: 'a' },
      { commitment: 1, status: 'done', at: 'b' },
      { commitment: 1, status: 'complete', at: 'c' },
    ])
    expect(entries.map((e) => [e.id, e.data.status])).toEqual([
      ['0', 'planned'],
      ['2', 'complete'],
    ])
    expect(skipped.map((s) => [s.id, s.problems[0].field])).toEqual([['1', 'status']])
  })
})
