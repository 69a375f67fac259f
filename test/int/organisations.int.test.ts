import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, createUser } from './fixtures'
import { createTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe('organisations', () => {
  it('keep their address and remember the old name when renamed', async () => {
    const curator = await createUser(payload, 'curator@example.test', 'curator')
    const organisation = await createOrganisation(payload, 'London Borough of Example')
    expect(organisation.slug).toBe('london-borough-of-example')
    const renamed = await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { name: 'Example Council' },
      overrideAccess: false,
      user: curator,
    })
    expect(renamed.slug).toBe('london-borough-of-example')
    expect(renamed.formerNames?.map((f) => f.name)).toEqual(['London Borough of Example'])
    const found = await payload.find({
      collection: 'organisations',
      where: { 'formerNames.name': { equals: 'London Borough of Example' } },
    })
    expect(found.docs.map((d) => d.id)).toEqual([organisation.id])
  })

  it('refuse a second organisation with the same slug, naming the field', async () => {
    await createOrganisation(payload, 'Duplicate Trust')
    const error = await createOrganisation(payload, 'Duplicate Trust').catch((e: unknown) => e)
    expect(JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)).toMatch(/slug/)
  })

  it('record every change as a version with who made it', async () => {
    const reporterOrg = await createOrganisation(payload, 'Versioned Org')
    const reporter = await createUser(payload, 'reporter@versioned.test', 'reporter', reporterOrg.id)
    await payload.update({
      collection: 'organisations',
      id: reporterOrg.id,
      data: { description: 'First draft of our profile.' },
      draft: true,
      overrideAccess: false,
      user: reporter,
    })
    const { docs } = await payload.findVersions({
      collection: 'organisations',
      where: { parent: { equals: reporterOrg.id } },
      sort: '-createdAt',
      depth: 0,
    })
    expect(docs[0].version.description).toBe('First draft of our profile.')
    expect(docs[0].version.lastEditedBy).toBe(reporter.id)
    expect(docs[0].version._status).toBe('draft')
    // The published profile is unchanged until a curator publishes the draft.
    const published = await payload.findByID({ collection: 'organisations', id: reporterOrg.id, overrideAccess: false })
    expect(published.description ?? null).toBeNull()
  })
})
