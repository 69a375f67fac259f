import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Metric, Organisation } from '../../cms/payload-types'
import { graphql, rest, tokenFor } from './apiClient'
import { createOrganisation, createUser, seedPlanOnly } from './fixtures'
import { createTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let orgA: Organisation
let orgB: Organisation
let curator: Awaited<ReturnType<typeof createUser>>
let reporterA: Awaited<ReturnType<typeof createUser>>
let reporterB: Awaited<ReturnType<typeof createUser>>
let livingWage: Metric
let share: Metric
const quiet = { disableSiteRebuild: true }

/** What a refused save says: Payload's ValidationError names the fields, and their messages are in its data. */
async function refused(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (error) {
    const e = error as { message: string; data?: { errors?: Array<{ path: string; message: string }> } }
    return [e.message, ...(e.data?.errors ?? []).map((x) => `${x.path}: ${x.message}`)].join(' | ')
  }
  throw new Error('The save was not refused.')
}

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPlanOnly(payload)
  orgA = await createOrganisation(payload, 'Borough A')
  orgB = await createOrganisation(payload, 'Borough B')
  curator = await createUser(payload, 'curator@example.test', 'curator')
  reporterA = await createUser(payload, 'reporter.a@example.test', 'reporter', orgA.id)
  reporterB = await createUser(payload, 'reporter.b@example.test', 'reporter', orgB.id)
  livingWage = await payload.create({
    collection: 'metrics',
    data: {
      code: 'L3-4.1',
      question: 'Are you a Living Wage Employer?',
      action: '4',
      step: '2.4.1',
      answerType: 'yes-no',
      benchmark: { kind: 'none' },
    },
    context: quiet,
  })
  share = await payload.create({
    collection: 'metrics',
    data: {
      code: 'L3-1.1',
      question: 'What share of your staff are from an Asian background?',
      action: '1',
      answerType: 'percentage',
      unit: '% of staff',
      benchmark: { kind: 'census-2021-ethnic-group', ethnicGroup: 'asian' },
    },
    context: quiet,
  })
  // Organisation A committed to a step before it sent any return.
  await payload.create({
    collection: 'commitments',
    data: { organisation: orgA.id, step: '1.1.1', status: 'planned', assurance: 'self-declared', _status: 'published' },
    context: quiet,
  })
})

afterAll(async () => cleanup?.())

/** Every published commitment of the organisation against the latest published return addressing its step. */
async function disagreements(organisation: number) {
  const { docs: returns } = await payload.find({
    collection: 'returns',
    where: { and: [{ organisation: { equals: organisation } }, { _status: { equals: 'published' } }] },
    sort: 'year',
    depth: 0,
    pagination: false,
  })
  const latest = new Map<string, { status: string; targetDate?: string | null; year: number }>()
  for (const r of returns)
    for (const s of r.steps ?? []) latest.set(String(s.step), { status: s.status, targetDate: s.targetDate, year: r.year })
  const { docs: commitments } = await payload.find({
    collection: 'commitments',
    where: { organisation: { equals: organisation } },
    depth: 0,
    pagination: false,
  })
  const problems: string[] = []
  for (const [step, answer] of latest) {
    const commitment = commitments.find((c) => String(c.step) === step)
    if (!commitment || commitment._status !== 'published') problems.push(`${step}: no published commitment`)
    else if (commitment.status !== answer.status || (commitment.targetDate ?? '').slice(0, 10) !== (answer.targetDate ?? '').slice(0, 10))
      problems.push(
        `${step}: commitment ${commitment.status} ${commitment.targetDate}, return ${answer.year} ${answer.status} ${answer.targetDate}`,
      )
  }
  return { problems, checked: latest.size }
}

const commitmentOf = async (organisation: number, step: string) =>
  (
    await payload.find({
      collection: 'commitments',
      where: { and: [{ organisation: { equals: organisation } }, { step: { equals: step } }] },
      depth: 0,
    })
  ).docs[0]

describe('an annual return', () => {
  let first: { id: number }

  it('starts from the organisation’s commitments, and a reporter saves it as a draft for their own organisation', async () => {
    expect(
      await refused(
        payload.create({
          collection: 'returns',
          data: { organisation: orgB.id, year: 2024 },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/not allowed/i)
    const created = await payload.create({
      collection: 'returns',
      data: { organisation: orgA.id, year: 2024 },
      overrideAccess: false,
      user: reporterA,
      context: quiet,
      depth: 0,
    })
    first = created
    expect(created.organisation).toBe(orgA.id)
    expect(created._status).toBe('draft')
    expect(created.title).toBe('Borough A: annual return 2024')
    // Titled as the organisation's commitments are (cms/collections/organisationTitle.ts).
    expect((await commitmentOf(orgA.id, '1.1.1'))?.title).toBe('Borough A: step 1.1.1')
    expect(created.steps?.map((s) => [s.step, s.status, s.stage])).toEqual([['1.1.1', 'planned', 'strategy-planning-and-policy']])
  })

  it('is one per organisation and year', async () => {
    expect(
      await refused(
        payload.create({
          collection: 'returns',
          data: { organisation: orgA.id, year: 2024 },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/already has an annual return for 2024/)
  })

  it('checks each metric answer against its metric', async () => {
    expect(
      await refused(
        payload.update({
          collection: 'returns',
          id: first.id,
          data: { metricAnswers: [{ metric: livingWage.id, value: 3 }] },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/L3-4.1 is answered yes or no/)
    expect(
      await refused(
        payload.update({
          collection: 'returns',
          id: first.id,
          data: { metricAnswers: [{ metric: share.id, value: 140 }] },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/percentage between -100 and 100, found 140/)
  })

  it('reads a date typed day first as the UK date it is', async () => {
    const saved = await payload.update({
      collection: 'returns',
      id: first.id,
      data: {
        steps: [
          { step: '1.1.1', status: 'in-progress', targetDate: '01/11/2026' },
          { step: '2.4.1', status: 'complete' },
        ],
        metricAnswers: [
          { metric: livingWage.id, answer: 'yes' },
          { metric: share.id, value: 21.5 },
        ],
        priorities: [{ priority: '1', actionsToComplete: 'Publish the plan.', supportRequired: 'Help with data.' }],
        review: { state: 'submitted' },
      },
      overrideAccess: false,
      user: reporterA,
      context: quiet,
    })
    expect(saved.steps?.[0].targetDate?.slice(0, 10)).toBe('2026-11-01')
    expect(saved.review?.state).toBe('submitted')
    expect(
      await refused(
        payload.update({
          collection: 'returns',
          id: first.id,
          data: { steps: [{ step: '1.1.1', status: 'planned', targetDate: '31/02/2026' }] },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/31\/02\/2026 is not a date/)
  })

  it('cannot be published by its reporter', async () => {
    expect(
      await refused(
        payload.update({
          collection: 'returns',
          id: first.id,
          data: { _status: 'published' },
          overrideAccess: false,
          user: reporterA,
          context: quiet,
        }),
      ),
    ).toMatch(/not allowed/i)
    // The draft has not reached the commitments.
    expect((await commitmentOf(orgA.id, '1.1.1'))?.status).toBe('planned')
  })

  it('is sent back with a comment, and publishing it publishes the commitments in the same save', async () => {
    const back = await payload.update({
      collection: 'returns',
      id: first.id,
      data: { review: { state: 'changes-requested', comment: 'Say what support you need.' } },
      draft: true,
      overrideAccess: false,
      user: curator,
      context: quiet,
    })
    expect(back.review?.comment).toBe('Say what support you need.')
    const published = await payload.update({
      collection: 'returns',
      id: first.id,
      data: { _status: 'published', supportNeeded: 'Peer support.' },
      overrideAccess: false,
      user: curator,
      context: quiet,
    })
    expect(published.review?.state).toBe('approved')
    const existing = await commitmentOf(orgA.id, '1.1.1')
    expect([existing?.status, existing?.targetDate?.slice(0, 10), existing?._status]).toEqual(['in-progress', '2026-11-01', 'published'])
    // A step without a commitment gets one.
    expect((await commitmentOf(orgA.id, '2.4.1'))?.status).toBe('complete')
    expect(await disagreements(orgA.id)).toEqual({ problems: [], checked: 2 })
    // New progress is not a correction.
    const { totalDocs } = await payload.count({ collection: 'corrections', where: { collection: { equals: 'commitments' } } })
    expect(totalDocs).toBe(0)
  })

  it('refuses a commitment published apart from the return when they would disagree', async () => {
    const commitment = await commitmentOf(orgA.id, '1.1.1')
    expect(
      await refused(
        payload.update({
          collection: 'commitments',
          id: commitment!.id,
          data: { status: 'embedded' },
          overrideAccess: false,
          user: curator,
          context: quiet,
        }),
      ),
    ).toMatch(/annual return for 2024 gives step 1.1.1 as in progress/)
  })

  it('follows the latest year: a later return moves the commitments, a correction of the earlier one does not undo it', async () => {
    await payload.create({
      collection: 'returns',
      data: { organisation: orgA.id, year: 2025, steps: [{ step: '1.1.1', status: 'complete' }], _status: 'published' },
      overrideAccess: false,
      user: curator,
      context: quiet,
    })
    expect((await commitmentOf(orgA.id, '1.1.1'))?.status).toBe('complete')
    // 2.4.1 was dropped in 2025: its commitment keeps what 2024 said.
    expect((await commitmentOf(orgA.id, '2.4.1'))?.status).toBe('complete')
    await payload.update({
      collection: 'returns',
      id: first.id,
      data: {
        steps: [
          { step: '1.1.1', status: 'planned', targetDate: '2026-11-01T00:00:00.000Z' },
          { step: '2.4.1', status: 'in-progress' },
        ],
        correctionReason: 'The organisation misread the ladder.',
      },
      overrideAccess: false,
      user: curator,
      context: quiet,
    })
    expect((await commitmentOf(orgA.id, '1.1.1'))?.status).toBe('complete')
    expect((await commitmentOf(orgA.id, '2.4.1'))?.status).toBe('in-progress')
    expect(await disagreements(orgA.id)).toEqual({ problems: [], checked: 2 })
  })

  it('once published, changes only with a reason, logged publicly on the return, which its commitments follow', async () => {
    expect(
      await refused(
        payload.update({
          collection: 'returns',
          id: first.id,
          data: { steps: [{ step: '2.4.1', status: 'embedded' }] },
          overrideAccess: false,
          user: curator,
          context: quiet,
        }),
      ),
    ).toMatch(/Reason for the change/)
    const { docs } = await payload.find({
      collection: 'corrections',
      where: { recordId: { equals: String(first.id) } },
      overrideAccess: false,
      depth: 0,
    })
    expect(docs.map((c) => [c.collection, c.fieldLabel, c.oldValue, c.newValue, c.reason]).sort()).toEqual([
      ['returns', 'Step 1.1.1, status', 'in-progress', 'planned', 'The organisation misread the ladder.'],
      ['returns', 'Step 2.4.1, status', 'complete', 'in-progress', 'The organisation misread the ladder.'],
    ])
    // The commitment follows the corrected return. Its change shows in its status history; the correction
    // itself is logged once, on the return, with its reason.
    const commitment = await commitmentOf(orgA.id, '2.4.1')
    expect(commitment?.status).toBe('in-progress')
    const logged = await payload.find({ collection: 'corrections', where: { recordId: { equals: String(commitment!.id) } }, depth: 0 })
    expect(logged.docs).toEqual([])
  })
})

describe('another organisation’s reporter', () => {
  let draft: { id: number }

  beforeAll(async () => {
    draft = await payload.create({
      collection: 'returns',
      data: { organisation: orgA.id, year: 2026, steps: [], metricAnswers: [{ metric: livingWage.id, answer: 'no', comment: 'A secret' }] },
      overrideAccess: false,
      user: reporterA,
      context: quiet,
    })
  })

  it('cannot read a draft return, its versions or its metric answers through the Local API', async () => {
    const found = await payload.find({ collection: 'returns', draft: true, overrideAccess: false, user: reporterB, depth: 0 })
    expect(found.docs.map((d) => d.id)).not.toContain(draft.id)
    expect(
      await refused(payload.findByID({ collection: 'returns', id: draft.id, draft: true, overrideAccess: false, user: reporterB })),
    ).toMatch(/not found/i)
    const byAnswer = await payload.find({
      collection: 'returns',
      where: { 'metricAnswers.comment': { equals: 'A secret' } },
      draft: true,
      overrideAccess: false,
      user: reporterB,
    })
    expect(byAnswer.totalDocs).toBe(0)
    const versions = await payload.findVersions({
      collection: 'returns',
      where: { parent: { equals: draft.id } },
      overrideAccess: false,
      user: reporterB,
    })
    expect(versions.totalDocs).toBe(0)
    // Its own reporter sees all three.
    const own = await payload.findVersions({
      collection: 'returns',
      where: { parent: { equals: draft.id } },
      overrideAccess: false,
      user: reporterA,
    })
    expect(own.totalDocs).toBeGreaterThan(0)
  })

  it('cannot read them by REST or GraphQL either', async () => {
    const tokenB = await tokenFor(payload, 'reporter.b@example.test')
    const tokenA = await tokenFor(payload, 'reporter.a@example.test')
    expect((await rest('GET', `/api/returns/${draft.id}?draft=true`, { token: tokenB })).status).toBe(404)
    expect((await rest('GET', `/api/returns/${draft.id}?draft=true`, { token: tokenA })).status).toBe(200)
    const list = await rest('GET', `/api/returns?draft=true&where[metricAnswers.comment][equals]=A%20secret`, { token: tokenB })
    expect(list.body.docs).toEqual([])
    const versions = await rest('GET', `/api/returns/versions?where[parent][equals]=${draft.id}`, { token: tokenB })
    expect(versions.body.docs).toEqual([])
    const query = `{ Returns(draft: true) { docs { id metricAnswers { comment } } } versionsReturns { docs { parent { id } version { metricAnswers { comment } } } } }`
    const answerB = await graphql(query, tokenB)
    expect(JSON.stringify(answerB.body)).not.toContain('A secret')
    const answerA = await graphql(query, tokenA)
    expect(JSON.stringify(answerA.body.data)).toContain('A secret')
  })
})
