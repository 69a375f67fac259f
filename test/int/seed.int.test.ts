import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSeedFiles } from '../../cms/seed/readSeedFiles'
import { seedPortal } from '../../cms/seed/seedPortal'
import { createTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['stages', 'priorities', 'actions', 'steps', 'organisations', 'commitments'] as const).map(
        async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const,
      ),
    ),
  )

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe('seeding', () => {
  it('stores nothing at all when any record fails, and says which', async () => {
    const input = readSeedFiles()
    const bad = {
      commitments: [
        ...(input.commitments as { commitments: unknown[] }).commitments,
        { organisation: 'no-such-organisation', step: '1.1.1' },
      ],
    }
    await expect(seedPortal(payload, { ...input, commitments: bad })).rejects.toThrow(/organisation "no-such-organisation" is not in/)
    expect(await counts()).toEqual({ stages: 0, priorities: 0, actions: 0, steps: 0, organisations: 0, commitments: 0 })
  })

  it('refuses a malformed seed file before touching the database', async () => {
    await expect(seedPortal(payload, { ...readSeedFiles(), plan: { stages: [] } })).rejects.toThrow(/data\/plan\.json: stages/)
  })

  it('loads the plan, the named organisations and their stated commitments, all published', async () => {
    const summary = await seedPortal(payload, readSeedFiles())
    expect(summary.created).toMatchObject({ stages: 5, priorities: 4, actions: 14, steps: 50 })
    const { docs } = await payload.find({
      collection: 'organisations',
      where: { slug: { equals: 'royal-docks-team' } },
      overrideAccess: false,
    })
    expect(docs[0].facts?.[0]).toMatchObject({
      statement: 'Royal Docks was established as a Living Wage Place in July 2022.',
      document: 'progress-report-2023',
    })
    const published = await payload.find({ collection: 'commitments', overrideAccess: false, limit: 0 })
    expect(published.totalDocs).toBe(summary.created.commitments)
    // History dated from its sources: the charter's date is the source's (2021), not the install date.
    const charter = published.docs.find((c) => c.narrative?.includes('anti-racism charter'))
    expect(charter?.sourceDate).toMatchObject({ date: '2021', kind: 'since' })
    const tracker = await payload.find({ collection: 'tri-actions', overrideAccess: false, limit: 1 })
    expect(tracker.docs[0]?.sourceDate?.date ?? null).toBeNull()
  })

  it('is safe to run again: creates nothing and keeps a curator’s edit', async () => {
    const before = await counts()
    const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: 'london-higher' } } })
    await payload.update({
      collection: 'organisations',
      id: docs[0].id,
      data: { description: 'Edited by a curator.' },
      context: { disableSiteRebuild: true },
    })
    const summary = await seedPortal(payload, readSeedFiles())
    expect(summary.created).toEqual({})
    expect(await counts()).toEqual(before)
    const after = await payload.findByID({ collection: 'organisations', id: docs[0].id })
    expect(after.description).toBe('Edited by a curator.')
  })
})
