import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, createPublishedPayGapReport, createUser, measured } from './fixtures'
import { createTestPayload } from './harness'

/**
 * The corrections log and dataset releases on a real Payload and database: a
 * curator's edit to a published figure needs a reason and is logged; an
 * import's change is logged with the file its source republished; releases are
 * numbered, stored with their CSV, and made only when the content changed.
 */
let payload: Payload
let cleanup: () => Promise<void>
const releases = mkdtempSync(join(tmpdir(), 'fairer-city-releases-'))

beforeAll(async () => {
  process.env.RELEASE_UPLOAD_DIR = releases
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => {
  await cleanup?.()
  rmSync(releases, { recursive: true, force: true })
})

const publishedReport = (organisation: number | string) => createPublishedPayGapReport(payload, organisation)

describe('the corrections log', () => {
  it('refuses a curator’s change to a published figure without a reason, and logs it with one', async () => {
    const curator = await createUser(payload, 'curator@corrections.test', 'curator')
    const organisation = await createOrganisation(payload, 'Correction Trust')
    const report = await publishedReport(organisation.id)
    const change = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'pay-gap-reports',
        id: report.id,
        data: { meanHourlyGap: measured(-2.5), _status: 'published', ...data },
        overrideAccess: false,
        user: curator,
        context: { disableSiteRebuild: true },
      })
    const refused = await change({}).catch((e: Error) => e)
    expect(String((refused as Error).message)).toMatch(/correctionReason/)
    expect((await payload.find({ collection: 'corrections', where: { recordId: { equals: String(report.id) } } })).totalDocs).toBe(0)

    const saved = await change({ correctionReason: 'A decimal point was lost when the figure was typed in.' })
    expect(saved.meanHourlyGap?.value).toBe(-2.5)
    const { docs } = await payload.find({ collection: 'corrections', where: { recordId: { equals: String(report.id) } } })
    expect(docs).toEqual([
      expect.objectContaining({
        collection: 'pay-gap-reports',
        organisation: String(organisation.id),
        field: 'meanHourlyGap.value',
        fieldLabel: 'Mean hourly pay gap',
        oldValue: '-25',
        newValue: '-2.5',
        reason: 'A decimal point was lost when the figure was typed in.',
        kind: 'curator',
      }),
    ])
    // The reason is not kept on the record: the next change needs its own.
    expect(saved.correctionReason ?? null).toBeNull()
    // The public reads the log, but not who made the correction.
    const publicView = await payload.find({ collection: 'corrections', overrideAccess: false })
    expect(publicView.docs[0]).not.toHaveProperty('correctedBy')
  })

  it('logs an import’s change with the file the source republished, without asking for a reason', async () => {
    const organisation = await createOrganisation(payload, 'Republished Ltd')
    const report = await publishedReport(organisation.id)
    await payload.update({
      collection: 'pay-gap-reports',
      id: report.id,
      data: { meanHourlyGap: measured(7.1), provenance: { source: 'gpg-service', sourceFile: '/data/gpg_london_2022-23_revised.csv' } },
      context: { importing: true, disableSiteRebuild: true },
    })
    const { docs } = await payload.find({ collection: 'corrections', where: { recordId: { equals: String(report.id) } } })
    expect(docs.map((d) => [d.oldValue, d.newValue, d.reason, d.kind])).toEqual([
      ['-25', '7.1', 'Republished by the source in gpg_london_2022-23_revised.csv', 'import'],
    ])
  })

  it('does not log drafts or first publication', async () => {
    const organisation = await createOrganisation(payload, 'Draft Only', 'draft')
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { name: 'Still A Draft' },
      context: { disableSiteRebuild: true },
    })
    expect((await payload.find({ collection: 'corrections', where: { recordId: { equals: String(organisation.id) } } })).totalDocs).toBe(0)
  })
})

describe('dataset releases', () => {
  it('are numbered, keep their CSV, and are made only when the content changed', async () => {
    const { recordReleases } = await import('../../site/lib/datasets/recordReleases')
    const { syntheticContent } = await import('../unit/syntheticContent')
    const content = syntheticContent()
    const first = await recordReleases(payload, content, new Date('2026-05-01T00:00:00Z'))
    expect(first.find((r) => r.dataset === 'organisations')).toEqual({ dataset: 'organisations', number: 1, note: 'First release: 1 row.' })
    expect(await recordReleases(payload, content)).toEqual([])

    const renamed = { ...content, organisations: content.organisations.map((o) => ({ ...o, name: 'Example Trust' })) }
    renamed.organisationById = new Map(renamed.organisations.map((o) => [o.id, o]))
    const second = await recordReleases(payload, renamed, new Date('2026-06-01T00:00:00Z'))
    expect(second.find((r) => r.dataset === 'organisations')?.note).toBe('0 rows added, 1 row changed, 0 rows removed (1 row in all).')
    const stored = await payload.find({ collection: 'dataset-releases', where: { dataset: { equals: 'organisations' } }, sort: 'number' })
    expect(stored.docs.map((d) => d.number)).toEqual([1, 2])
    for (const d of stored.docs) expect(existsSync(join(releases, d.filename!))).toBe(true)
  })
})
