import type { Payload } from 'payload'
import type { Commitment, Organisation } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload } from './harness'
import { createOrganisation, createUser, seedPlanOnly } from './fixtures'

let payload: Payload
let cleanup: () => Promise<void>
let orgA: Organisation
let orgB: Organisation
let admin: Awaited<ReturnType<typeof createUser>>
let curator: Awaited<ReturnType<typeof createUser>>
let reporterA: Awaited<ReturnType<typeof createUser>>
let reporterB: Awaited<ReturnType<typeof createUser>>
let draftOfB: Commitment
let publishedOfB: Commitment

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPlanOnly(payload)
  admin = await createUser(payload, 'admin@example.test', 'admin')
  orgA = await createOrganisation(payload, 'Borough A')
  orgB = await createOrganisation(payload, 'Borough B')
  curator = await createUser(payload, 'curator@example.test', 'curator')
  reporterA = await createUser(payload, 'reporter.a@example.test', 'reporter', orgA.id)
  reporterB = await createUser(payload, 'reporter.b@example.test', 'reporter', orgB.id)
  draftOfB = await payload.create({
    collection: 'commitments',
    data: { organisation: orgB.id, step: '2.4.1', status: 'planned', narrative: 'B draft', _status: 'draft' },
    draft: true,
    overrideAccess: false,
    user: reporterB,
  })
  publishedOfB = await payload.create({
    collection: 'commitments',
    data: { organisation: orgB.id, step: '1.1.4', status: 'in-progress', assurance: 'self-declared', _status: 'published' },
    overrideAccess: false,
    user: curator,
  })
})

afterAll(async () => cleanup?.())

describe('anonymous readers', () => {
  it('see only published commitments', async () => {
    const { docs } = await payload.find({ collection: 'commitments', overrideAccess: false, depth: 0 })
    expect(docs.map((d) => d.id)).toEqual([publishedOfB.id])
  })

  it('cannot read a draft by its id', async () => {
    await expect(payload.findByID({ collection: 'commitments', id: draftOfB.id, overrideAccess: false })).rejects.toThrow()
  })

  it('see only published versions of a commitment', async () => {
    const { docs } = await payload.findVersions({ collection: 'commitments', overrideAccess: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((v) => v.version._status === 'published')).toBe(true)
  })

  it('cannot create anything', async () => {
    await expect(
      payload.create({
        collection: 'commitments',
        data: { organisation: orgA.id, step: '1.1.1', status: 'planned', assurance: 'self-declared' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('can read the plan but not the user list', async () => {
    expect((await payload.find({ collection: 'steps', overrideAccess: false, limit: 100 })).totalDocs).toBe(50)
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})

describe('a reporter of organisation A', () => {
  it('cannot read the drafts of organisation B', async () => {
    const { docs } = await payload.find({ collection: 'commitments', overrideAccess: false, user: reporterA, draft: true, depth: 0 })
    expect(docs.map((d) => d.id)).not.toContain(draftOfB.id)
    await expect(
      payload.findByID({ collection: 'commitments', id: draftOfB.id, overrideAccess: false, user: reporterA, draft: true }),
    ).rejects.toThrow()
  })

  it("cannot read B's draft versions", async () => {
    const { docs } = await payload.findVersions({ collection: 'commitments', overrideAccess: false, user: reporterA, depth: 0 })
    expect(docs.some((v) => v.parent === draftOfB.id || (v.parent as { id?: unknown })?.id === draftOfB.id)).toBe(false)
  })

  it("cannot change B's commitment, draft or published", async () => {
    for (const id of [draftOfB.id, publishedOfB.id]) {
      await expect(
        payload.update({
          collection: 'commitments',
          id,
          data: { narrative: 'hijacked' },
          overrideAccess: false,
          user: reporterA,
          draft: true,
        }),
      ).rejects.toThrow()
    }
    const stored = await payload.findByID({ collection: 'commitments', id: draftOfB.id, draft: true })
    expect(stored.narrative).toBe('B draft')
  })

  it('cannot create a commitment for B, nor move its own to B', async () => {
    await expect(
      payload.create({
        collection: 'commitments',
        data: { organisation: orgB.id, step: '1.2.1', status: 'planned' },
        draft: true,
        overrideAccess: false,
        user: reporterA,
      }),
    ).rejects.toThrow(/not allowed/i)
    const own = await payload.create({
      collection: 'commitments',
      data: { step: '1.2.2', status: 'planned' },
      draft: true,
      overrideAccess: false,
      user: reporterA,
    })
    expect(own.organisation).toMatchObject({ id: orgA.id })
    await expect(
      payload.update({
        collection: 'commitments',
        id: own.id,
        data: { organisation: orgB.id },
        draft: true,
        overrideAccess: false,
        user: reporterA,
      }),
    ).rejects.toThrow()
  })

  it('drafts and submits its own commitment but cannot publish it', async () => {
    const draft = await payload.create({
      collection: 'commitments',
      data: { organisation: orgA.id, step: '2.4.2', status: 'planned', review: { state: 'submitted' } },
      draft: true,
      overrideAccess: false,
      user: reporterA,
    })
    expect(draft._status).toBe('draft')
    expect(draft.review?.state).toBe('submitted')
    expect(draft.review?.submittedAt).toBeTruthy()
    await expect(
      payload.update({ collection: 'commitments', id: draft.id, data: { _status: 'published' }, overrideAccess: false, user: reporterA }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'commitments',
        id: draft.id,
        data: { review: { state: 'approved' } },
        draft: true,
        overrideAccess: false,
        user: reporterA,
      }),
    ).rejects.toThrow(/review\.state|only a curator/i)
  })

  it('cannot write the curator comment, change its own role, or edit the plan', async () => {
    const draft = await payload.create({
      collection: 'commitments',
      data: { organisation: orgA.id, step: '2.5.1', status: 'planned', review: { comment: 'self-approved' } },
      draft: true,
      overrideAccess: false,
      user: reporterA,
    })
    expect(draft.review?.comment ?? null).toBeNull()
    const self = await payload.update({
      collection: 'users',
      id: reporterA.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: reporterA,
    })
    expect(self.role).toBe('reporter')
    await expect(
      payload.update({ collection: 'steps', id: '1.1.1', data: { text: 'changed' }, overrideAccess: false, user: reporterA }),
    ).rejects.toThrow()
  })

  it('cannot read other users', async () => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: reporterA })
    expect(docs.map((u) => u.id)).toEqual([reporterA.id])
  })
})

describe('curators', () => {
  it('send a draft back only with a comment, then publish it', async () => {
    const draft = await payload.create({
      collection: 'commitments',
      data: { organisation: orgA.id, step: '3.8.1', status: 'in-progress', review: { state: 'submitted' } },
      draft: true,
      overrideAccess: false,
      user: reporterA,
    })
    await expect(
      payload.update({
        collection: 'commitments',
        id: draft.id,
        data: { review: { state: 'changes-requested' } },
        draft: true,
        overrideAccess: false,
        user: curator,
      }),
    ).rejects.toThrow(/review\.comment|what needs to change/i)
    const sentBack = await payload.update({
      collection: 'commitments',
      id: draft.id,
      data: { review: { state: 'changes-requested', comment: 'Add a target date.' } },
      draft: true,
      overrideAccess: false,
      user: curator,
    })
    expect(sentBack.review?.comment).toBe('Add a target date.')
    const published = await payload.update({
      collection: 'commitments',
      id: draft.id,
      data: { _status: 'published', targetDate: '2027-03-31T00:00:00.000Z' },
      overrideAccess: false,
      user: curator,
    })
    expect(published._status).toBe('published')
    expect(published.review?.state).toBe('approved')
    expect(published.lastEditedBy).toMatchObject({ id: curator.id })
    const anonymous = await payload.findByID({ collection: 'commitments', id: draft.id, overrideAccess: false })
    expect(anonymous.status).toBe('in-progress')
  })

  it('cannot delete users; admins can', async () => {
    const temp = await createUser(payload, 'temp@example.test', 'reporter', orgA.id)
    await expect(payload.delete({ collection: 'users', id: temp.id, overrideAccess: false, user: curator })).rejects.toThrow()
    await payload.delete({ collection: 'users', id: temp.id, overrideAccess: false, user: admin })
  })
})

describe('validation', () => {
  it('names the field and what was expected', async () => {
    await expect(
      payload.create({
        collection: 'organisations',
        data: { name: 'Bad Site', sector: 'business', website: 'not a url' },
        draft: true,
        overrideAccess: false,
        user: curator,
      }),
    ).rejects.toThrow(/website/i)
    await expect(
      payload.create({
        collection: 'organisations',
        data: { name: 'Bad Id', sector: 'business', identifiers: { orgId: 'charity 123' } },
        draft: true,
        overrideAccess: false,
        user: curator,
      }),
    ).rejects.toThrow(/org-id|orgId/i)
  })

  it('allows one commitment per organisation and step', async () => {
    const error = await payload
      .create({
        collection: 'commitments',
        data: { organisation: orgB.id, step: '1.1.4', status: 'planned', assurance: 'self-declared' },
        overrideAccess: false,
        user: curator,
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      message: 'The following field is invalid: step',
      data: { errors: [{ path: 'step', message: expect.stringMatching(/already has a commitment to step 1\.1\.4/) }] },
    })
  })
})

describe('accounts', () => {
  it('lock after five failed sign-ins', async () => {
    const email = 'locked@example.test'
    await createUser(payload, email, 'reporter', orgA.id)
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'wrong' } })).rejects.toThrow()
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'correct horse battery staple' } })).rejects.toThrow(
      /locked/i,
    )
  })
})
