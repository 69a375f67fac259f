import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, createPublishedPayGapReport, createUser, measured } from './fixtures'
import { createTestPayload } from './harness'

/**
 * A curator's match decision is carried out as an import (a moved pay gap report
 * is not a manual correction), but only while it is carried out: Payload merges a
 * nested call's context into the shared request (createLocalReq), so a flag passed
 * that way would stay set, and the curator's next change in the same request would
 * pass as "republished by the source", needing no reason and not marked as theirs.
 */
let payload: Payload
let cleanup: () => Promise<void>
let curator: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  curator = await createUser(payload, 'curator@matches.test', 'curator')
})
afterAll(async () => cleanup?.())

const publishedReport = (organisation: number | string) => createPublishedPayGapReport(payload, organisation, '/data/matches-2022-23.csv')

/** A match an import held for review: `held` (unpublished) may be `candidate`. */
async function pendingMatch(name: string) {
  const candidate = await createOrganisation(payload, name)
  const held = await createOrganisation(payload, `${name} Limited`, 'draft')
  const review = await payload.create({
    collection: 'match-reviews',
    data: {
      title: `${name} Limited → ${name}?`,
      state: 'pending',
      reason: `“${name} Limited” matches “${name}” by name only.`,
      publishedName: `${name} Limited`,
      identityKey: `${name.toLowerCase()}|`,
      sourceFile: 'matches-2022-23.csv',
      candidate: candidate.id,
      heldAs: held.id,
    },
  })
  return { candidate, held, review }
}

/** The curator's request, as the admin makes one: the decision and any later change share it. */
const curatorRequest = (): Promise<PayloadRequest> => createLocalReq({ user: curator, context: { disableSiteRebuild: true } }, payload)

/** The curator's change to a published figure later in the same request: a correction, so it needs a reason. */
async function laterCorrection(req: PayloadRequest, reportId: number | string) {
  return payload
    .update({
      collection: 'pay-gap-reports',
      id: reportId,
      data: { meanHourlyGap: measured(-2.5), _status: 'published' },
      req,
      overrideAccess: false,
    })
    .then(
      () => 'accepted',
      (e: Error) => e.message,
    )
}

describe('a curator’s match decision', () => {
  it('rejected: publishes the held organisation, and leaves the request as it found it', async () => {
    const { held, candidate, review } = await pendingMatch('Rejection Housing')
    const report = await publishedReport(candidate.id)
    const req = await curatorRequest()
    await payload.update({ collection: 'match-reviews', id: review.id, data: { state: 'rejected' }, req, overrideAccess: false })
    expect((await payload.findByID({ collection: 'organisations', id: held.id, depth: 0 }))._status).toBe('published')
    expect(req.context.importing).toBeUndefined()
    expect(await laterCorrection(req, report.id)).toMatch(/correctionReason/)
  })

  it('accepted: moves the records as an import, and leaves the request as it found it', async () => {
    const { held, candidate, review } = await pendingMatch('Acceptance Trust')
    const report = await publishedReport(held.id)
    const req = await curatorRequest()
    await payload.update({ collection: 'match-reviews', id: review.id, data: { state: 'accepted' }, req, overrideAccess: false })
    const moved = await payload.findByID({ collection: 'pay-gap-reports', id: report.id, depth: 0 })
    expect(moved.organisation).toBe(candidate.id)
    // The move is the import's record, not the curator's correction: a later import may still update it.
    expect(moved.manuallyCorrected ?? false).toBe(false)
    expect(req.context.importing).toBeUndefined()
    expect(req.context.merging).toBeUndefined()
    expect(await laterCorrection(req, report.id)).toMatch(/correctionReason/)
  })
})
