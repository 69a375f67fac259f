import { describe, expect, test } from 'vitest'
import { statusChangesFromVersions, trackerChangesFromVersions, type StoredVersion } from '../../site/loaders/history'

/** Versions as findVersions returns them, oldest first; made up for the tests. */
const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`
const version = <T>(parent: StoredVersion<T>['parent'], day: number, data: T, updated = true): StoredVersion<T> => ({
  parent,
  version: data,
  createdAt: at(day),
  updatedAt: updated ? at(day + 10) : null,
})

describe('statusChangesFromVersions', () => {
  test('keeps the moments each commitment’s status changed, dated when the version was saved', () => {
    const changes = statusChangesFromVersions([
      version(1, 1, { status: 'planned' }),
      version(2, 2, { status: 'in-progress' }),
      version(1, 3, { status: 'planned' }), // narrative edited, status the same
      version({ id: 1 }, 4, { status: 'complete' }), // populated parent
      version('2', 5, { status: 'in-progress' }), // MongoDB IDs are strings; same commitment as 2
      version(2, 6, { status: 'embedded' }, false),
    ])
    expect(changes).toEqual([
      { commitment: 1, status: 'planned', at: at(11) },
      { commitment: 2, status: 'in-progress', at: at(12) },
      { commitment: 1, status: 'complete', at: at(14) },
      { commitment: 2, status: 'embedded', at: at(6) },
    ])
  })

  test('skips versions without a status', () => {
    expect(statusChangesFromVersions([version(1, 1, {}), version(1, 2, { status: null }), version(1, 3, { status: 'planned' })])).toEqual([
      { commitment: 1, status: 'planned', at: at(13) },
    ])
  })
})

describe('trackerChangesFromVersions', () => {
  test('records each action’s first version, then changes of rating, status or both', () => {
    const changes = trackerChangesFromVersions([
      version(1, 1, { key: 'a', rag: 'not-rated', status: 'Started' }),
      version(2, 2, { key: 'b', rag: 'red', status: 'Not started' }),
      version(1, 3, { key: 'a', rag: 'yellow', status: 'Started' }),
      version(1, 4, { key: 'a', rag: 'yellow', status: 'Started' }), // owners edited: no change to show
      version(1, 5, { key: 'a', rag: 'yellow', status: 'Underway' }),
      version(2, 6, { key: 'b', rag: 'green', status: 'Done' }),
    ])
    expect(changes).toEqual([
      { action: 'a', at: at(11), rag: 'not-rated', status: 'Started', changed: ['recorded'] },
      { action: 'b', at: at(12), rag: 'red', status: 'Not started', changed: ['recorded'] },
      { action: 'a', at: at(13), rag: 'yellow', status: 'Started', changed: ['rating'] },
      { action: 'a', at: at(15), rag: 'yellow', status: 'Underway', changed: ['status'] },
      { action: 'b', at: at(16), rag: 'green', status: 'Done', changed: ['rating', 'status'] },
    ])
  })

  test('skips versions without a key, rating or status', () => {
    expect(
      trackerChangesFromVersions([
        version(1, 1, { rag: 'red', status: 'x' }),
        version(1, 2, { key: 'a', status: 'x' }),
        version(1, 3, { key: 'a', rag: 'red', status: '' }),
      ]),
    ).toEqual([])
  })
})

describe('history dated from its sources', () => {
  test('a change carries the date its source gives, only on the version that gave it', () => {
    const charter = { date: '2021', kind: 'since' as const, quote: 'since 2021' }
    const changes = statusChangesFromVersions([
      version(1, 1, { status: 'complete', sourceDate: charter }),
      version(1, 2, { status: 'embedded', sourceDate: charter }), // a curator's later change: not the source's date
      version(2, 3, { status: 'planned', sourceDate: null }),
    ])
    expect(changes).toEqual([
      { commitment: 1, status: 'complete', at: at(11), stated: { date: '2021', kind: 'since', quote: 'since 2021' } },
      { commitment: 1, status: 'embedded', at: at(12) },
      { commitment: 2, status: 'planned', at: at(13) },
    ])
  })

  test('is described with the source’s precision, or as not stated', async () => {
    const { describeSourceDate, formatPartialDate, validatePartialDate } = await import('../../domain/sourceDate')
    expect(describeSourceDate({ date: '2021', kind: 'since' })).toBe('since 2021, as the source says')
    expect(describeSourceDate({ date: '2022-07', kind: 'since' })).toBe('since July 2022, as the source says')
    expect(describeSourceDate({ date: '2023', kind: 'as-of' })).toBe('as of 2023, when the source reported it')
    expect(describeSourceDate(undefined)).toBe('date not stated in the source')
    expect(formatPartialDate('2023-03-31')).toBe('31 March 2023')
    expect(validatePartialDate('2022-13')).toMatch(/Expected a year/)
  })

  test('the seeded commitments carry their sources’ dates, quoting them', async () => {
    const { readFileSync } = await import('node:fs')
    const { commitments } = JSON.parse(readFileSync('data/seed/commitments.json', 'utf8')) as {
      commitments: Array<{
        organisation: string
        step: string
        narrative: string
        sourceDate?: { date: string; kind: string; quote: string }
      }>
    }
    const charter = commitments.find((c) => c.organisation === 'transport-for-london' && c.step === '3.10.1')!
    expect(charter.sourceDate).toMatchObject({ date: '2021', kind: 'since' })
    for (const c of commitments.filter((c) => c.sourceDate?.kind === 'since')) expect(c.narrative).toContain(c.sourceDate!.quote)
  })
})
