import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitingItems } from '../../cms/lib/curatorQueue'
import { paragraphsToRichText } from '../../cms/seed/seedPortal'
import { MINIMAL_PDF } from '../fixtures/minimalPdf'
import { createOrganisation, createUser, seedPlanOnly } from './fixtures'
import { createTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
type User = Awaited<ReturnType<typeof createUser>>
let camden: { id: number | string }
let brent: { id: number | string }
let contributor: User
let otherContributor: User
let curator: User

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPlanOnly(payload)
  camden = await createOrganisation(payload, 'Camden Council')
  brent = await createOrganisation(payload, 'Brent Council')
  // The first account becomes an admin, so the curator is made first.
  curator = await createUser(payload, 'curator@londoncouncils.example', 'curator')
  contributor = await createUser(payload, 'contributor@camden.example', 'reporter', camden.id as number)
  otherContributor = await createUser(payload, 'contributor@brent.example', 'reporter', brent.id as number)
})
afterAll(async () => cleanup?.())

const file = (name: string, data: string | Buffer, mimetype: string) => {
  const bytes = Buffer.from(data)
  return { name, data: bytes, mimetype, size: bytes.length }
}
const PDF = MINIMAL_PDF

const resourceData = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'A toolkit for reviewing recruitment panels.',
  resourceType: 'toolkit' as const,
  strands: ['large-employers' as const],
  steps: ['1.1.1'],
  publicationDate: '2025-01-15T00:00:00.000Z',
  evidenceGrade: 'promising' as const,
  externalUrl: 'https://www.example.org/toolkit',
  ...extra,
})

/** Whether a refused save says this: Payload's ValidationError names the fields; their messages are in its data. */
const says = (pattern: RegExp) => (error: unknown) => {
  const e = error as { message: string; data?: { errors?: Array<{ path: string; message: string }> } }
  return pattern.test([e.message, ...(e.data?.errors ?? []).map((x) => `${x.path}: ${x.message}`)].join(' | '))
}

const asUser = (user: User) => ({ user, overrideAccess: false as const, context: { disableSiteRebuild: true, skipLinkCheck: true } })

describe.sequential('the good-practice library', () => {
  let resourceId: number | string

  it('lets a contributor submit a resource for their organisation, but not publish it', async () => {
    const created = await payload.create({
      collection: 'resources',
      data: { ...resourceData('Inclusive recruitment panels toolkit'), organisation: camden.id as number, review: { state: 'submitted' } },
      draft: true,
      ...asUser(contributor),
    })
    resourceId = created.id
    expect(created).toMatchObject({ _status: 'draft', review: { state: 'submitted' }, slug: 'inclusive-recruitment-panels-toolkit' })
    await expect(
      payload.update({ collection: 'resources', id: resourceId, data: { _status: 'published' }, ...asUser(contributor) }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'resources',
        data: { ...resourceData('Published directly'), organisation: camden.id as number, _status: 'published' },
        ...asUser(contributor),
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('hides a contributor’s draft from another organisation’s contributor and from the public', async () => {
    const seenByOther = await payload.find({ collection: 'resources', draft: true, ...asUser(otherContributor) })
    expect(seenByOther.docs.map((d) => d.id)).not.toContain(resourceId)
    await expect(payload.findByID({ collection: 'resources', id: resourceId, draft: true, ...asUser(otherContributor) })).rejects.toThrow()
    const seenByPublic = await payload.find({ collection: 'resources', overrideAccess: false })
    expect(seenByPublic.docs).toHaveLength(0)
    await expect(
      payload.update({ collection: 'resources', id: resourceId, data: { title: 'Hijacked' }, draft: true, ...asUser(otherContributor) }),
    ).rejects.toThrow()
  })

  it('runs the review: changes asked with a comment the contributor sees, a rejection needs a reason, approval publishes', async () => {
    await expect(
      payload.update({
        collection: 'resources',
        id: resourceId,
        data: { review: { state: 'changes-requested' } },
        draft: true,
        ...asUser(curator),
      }),
    ).rejects.toSatisfy(says(/Say what needs to change/))
    await payload.update({
      collection: 'resources',
      id: resourceId,
      data: { review: { state: 'changes-requested', comment: 'Please add the licence.' } },
      draft: true,
      ...asUser(curator),
    })
    const seen = await payload.findByID({ collection: 'resources', id: resourceId, draft: true, ...asUser(contributor) })
    expect(seen.review).toMatchObject({ state: 'changes-requested', comment: 'Please add the licence.' })
    await payload.update({
      collection: 'resources',
      id: resourceId,
      data: { licence: 'Open Government Licence v3.0', review: { state: 'submitted' } },
      draft: true,
      ...asUser(contributor),
    })
    await expect(
      payload.update({
        collection: 'resources',
        id: resourceId,
        data: { review: { state: 'rejected', comment: '' } },
        draft: true,
        ...asUser(curator),
      }),
    ).rejects.toSatisfy(says(/Give the reason/))
    const published = await payload.update({ collection: 'resources', id: resourceId, data: { _status: 'published' }, ...asUser(curator) })
    expect(published).toMatchObject({ _status: 'published', licence: 'Open Government Licence v3.0', review: { state: 'approved' } })
    const versions = await payload.countVersions({ collection: 'resources', where: { parent: { equals: resourceId } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('does not let a contributor change a published resource, even their own', async () => {
    await expect(
      payload.update({
        collection: 'resources',
        id: resourceId,
        data: { summary: 'Changed after publication.' },
        draft: true,
        ...asUser(contributor),
      }),
    ).rejects.toThrow(/not allowed/i)
    const current = await payload.findByID({ collection: 'resources', id: resourceId, overrideAccess: false })
    expect(current.summary).toBe('A toolkit for reviewing recruitment panels.')
  })

  it('refuses a javascript: link in rich text, naming it', async () => {
    const body = {
      root: {
        ...paragraphsToRichText([]).root,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              {
                type: 'link',
                version: 3,
                fields: { url: 'javascript:alert(document.cookie)', linkType: 'custom' },
                children: [{ type: 'text', text: 'click', version: 1 }],
              },
            ],
          },
        ],
      },
    }
    await expect(
      payload.create({
        collection: 'resources',
        data: { ...resourceData('Script link'), organisation: camden.id as number, body: body as never },
        draft: true,
        ...asUser(contributor),
      }),
    ).rejects.toSatisfy(says(/javascript:alert\(document\.cookie\)" is not allowed/))
  })

  it('refuses a link to a private address', async () => {
    await expect(
      payload.create({
        collection: 'resources',
        data: {
          ...resourceData('Metadata link', { externalUrl: 'http://169.254.169.254/latest/meta-data/' }),
          organisation: camden.id as number,
        },
        draft: true,
        user: contributor,
        overrideAccess: false,
        context: { disableSiteRebuild: true },
      }),
    ).rejects.toSatisfy(says(/169\.254\.169\.254 is not a public address/))
  })

  it('accepts a real PDF, and refuses an HTML page named .pdf and an SVG with script, by their content', async () => {
    const pdf = await payload.create({
      collection: 'resource-files',
      data: {},
      file: file('toolkit.pdf', PDF, 'application/pdf'),
      ...asUser(contributor),
    })
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', public: false })
    expect(
      (pdf.organisation as { id: number } | number | null) &&
        (typeof pdf.organisation === 'object' ? pdf.organisation?.id : pdf.organisation),
    ).toBe(camden.id)

    const before = (await payload.count({ collection: 'resource-files', overrideAccess: true })).totalDocs
    await expect(
      payload.create({
        collection: 'resource-files',
        data: {},
        file: file('toolkit.pdf', '<!doctype html><html><body><script>alert(1)</script></body></html>', 'application/pdf'),
        ...asUser(contributor),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'resource-files',
        data: {},
        file: file('chart.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'),
        ...asUser(contributor),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'resource-files',
        data: {},
        file: file('data.csv', 'a,b\n<script>alert(1)</script>,2\n', 'text/csv'),
        ...asUser(contributor),
      }),
    ).rejects.toSatisfy(says(/web page markup or script/))
    expect((await payload.count({ collection: 'resource-files', overrideAccess: true })).totalDocs).toBe(before)

    // The file is the contributor's until a published resource uses it; then anyone may read it.
    await expect(payload.findByID({ collection: 'resource-files', id: pdf.id, overrideAccess: false })).rejects.toThrow()
    await payload.update({ collection: 'resources', id: resourceId, data: { file: pdf.id }, ...asUser(curator) })
    const visible = await payload.findByID({ collection: 'resource-files', id: pdf.id, overrideAccess: false })
    expect(visible.public).toBe(true)
  })

  it('lists what waits for review, oldest first, with how long, for a curator; a contributor sees only their own', async () => {
    for (const [user, title, organisation] of [
      [contributor, 'Camden mentoring guide', camden.id],
      [otherContributor, 'Brent reverse mentoring notes', brent.id],
    ] as const) {
      await payload.create({
        collection: 'resources',
        data: { ...resourceData(title), organisation: organisation as number, review: { state: 'submitted' } },
        draft: true,
        ...asUser(user),
      })
    }
    const later = new Date(Date.now() + 3 * 86_400_000)
    const queue = await waitingItems(payload, curator, later)
    expect(queue.map((i) => [i.title, i.kind, i.waitingDays])).toEqual([
      ['Camden mentoring guide', 'Library resource', 3],
      ['Brent reverse mentoring notes', 'Library resource', 3],
    ])
    expect((await waitingItems(payload, contributor)).map((i) => i.title)).toEqual(['Camden mentoring guide'])
  })

  it('puts the open problems the public reported in a curator’s queue, naming the record, and in no contributor’s', async () => {
    const report = (message: string, status: 'open' | 'closed') =>
      payload.create({
        collection: 'problem-reports',
        data: { collection: 'organisations', recordId: String(camden.id), recordTitle: 'Camden Council', message, status },
        overrideAccess: true,
      })
    const long = `The borough listed is wrong: ${'the organisation is based in Camden, not elsewhere; '.repeat(3)}`
    await report(long, 'open')
    await report('Already checked and corrected.', 'closed')
    const later = new Date(Date.now() + 2 * 86_400_000)
    const reported = (await waitingItems(payload, curator, later)).filter((i) => i.collection === 'problem-reports')
    expect(reported.map((i) => [i.kind, i.title, i.waitingDays])).toEqual([
      ['Problem reported', `Camden Council: ${long.slice(0, 79)}…`, 2],
    ])
    expect((await waitingItems(payload, contributor)).filter((i) => i.collection === 'problem-reports')).toEqual([])
  })
})
