import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { administratorProblem, createAdministrator } from '../../cms/accounts/createAdministrator'
import { grantSchema } from '../../site/loaders/schemas/funding'
import { graphql, rest, tokenFor, upload } from './apiClient'
import { createOrganisation, createUser, seedPlanOnly } from './fixtures'
import { createTestPayload } from './harness'

/**
 * One test per finding of issue 11, each through the route the finding was
 * measured on (REST and GraphQL as a client sends them), each failing on the
 * code before its fix.
 */
let payload: Payload
let cleanup: () => Promise<void>
type User = Awaited<ReturnType<typeof createUser>>
let orgA: { id: number }
let orgB: { id: number }
let curator: User
let reporterA: User
const token: Record<'admin' | 'curator' | 'reporterA' | 'reporterB', string> = { admin: '', curator: '', reporterA: '', reporterB: '' }
const quiet = { disableSiteRebuild: true, skipLinkCheck: true }

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.sequential('the first administrator', () => {
  it('cannot be registered from the sign-in screen, even on an empty portal', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const answer = await rest('POST', '/api/users/first-register', {
      body: { email: 'first@example.test', password: 'a long enough password', name: 'First' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors?.[0].message).toMatch(/npm run admin:create -- --email/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('is created from the command line, with a password given, never a default', async () => {
    expect(administratorProblem({ email: 'admin@example.test' })).toMatch(/ADMIN_PASSWORD/)
    expect(administratorProblem({ email: 'admin@example.test', password: 'short' })).toMatch(/at least 12/)
    await createAdministrator(payload, { email: 'Admin@Example.test', name: 'Admin', password: 'a long enough password' })
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.test' } } })
    expect(docs.map((u) => u.role)).toEqual(['admin'])
    await expect(
      createAdministrator(payload, { email: 'admin@example.test', name: 'Again', password: 'another long password' }),
    ).rejects.toThrow(/already has an account/)
    token.admin = await tokenFor(payload, 'admin@example.test', 'a long enough password')
  })
})

describe.sequential('issue 11', () => {
  beforeAll(async () => {
    await seedPlanOnly(payload)
    orgA = (await createOrganisation(payload, 'Borough A')) as { id: number }
    orgB = (await createOrganisation(payload, 'Borough B')) as { id: number }
    curator = await createUser(payload, 'curator@example.test', 'curator')
    reporterA = await createUser(payload, 'reporter.a@example.test', 'reporter', orgA.id)
    await createUser(payload, 'reporter.b@example.test', 'reporter', orgB.id)
    token.curator = await tokenFor(payload, 'curator@example.test')
    token.reporterA = await tokenFor(payload, 'reporter.a@example.test')
    token.reporterB = await tokenFor(payload, 'reporter.b@example.test')
  })

  const published = async (collection: 'commitments' | 'pay-gap-reports' | 'workforce-profiles', data: Record<string, unknown>) =>
    payload.create({ collection, data: { organisation: orgA.id, ...data, _status: 'published' } as never, context: quiet })

  it('1. a reporter’s edit of a published record, by any route, is a draft the public does not see', async () => {
    const commitment = await published('commitments', { step: '1.1.1', status: 'planned', narrative: 'As published.' })
    const report = await published('pay-gap-reports', {
      year: 2023,
      characteristic: 'gender',
      referenceGroup: 'Men',
      comparisonGroup: 'Women',
      responsiblePerson: 'As published.',
    })
    const profile = await published('workforce-profiles', { published: '2024', grouping: 'All staff', level: 'As published.' })
    const cases = [
      { collection: 'commitments', id: commitment.id, field: 'narrative' },
      { collection: 'pay-gap-reports', id: report.id, field: 'responsiblePerson' },
      { collection: 'workforce-profiles', id: profile.id, field: 'level' },
      { collection: 'organisations', id: orgA.id, field: 'description' },
    ]
    for (const { collection, id, field } of cases) {
      const before = (await rest('GET', `/api/${collection}/${id}`)).body
      for (const query of ['', '?draft=true']) {
        const answer = await rest('PATCH', `/api/${collection}/${id}${query}`, {
          token: token.reporterA,
          body: { [field]: `Changed ${query}` },
        })
        expect(answer.status, `${collection} PATCH${query}`).toBe(200)
        expect((answer.body.doc as Record<string, unknown>)._status, `${collection} PATCH${query}`).toBe('draft')
        expect((answer.body.doc as { review?: { state?: string } }).review?.state, `${collection} PATCH${query}`).not.toBe('approved')
      }
      const after = (await rest('GET', `/api/${collection}/${id}`)).body
      expect(after[field], `${collection}: the public reads the published version`).toEqual(before[field])
      expect(after._status).toBe('published')
      const draft = await rest('GET', `/api/${collection}/${id}?draft=true`, { token: token.reporterA })
      expect(draft.body[field]).toBe('Changed ?draft=true')
    }
    const viaGraphql = await graphql(
      `mutation { updateCommitment(id: ${commitment.id}, data: { narrative: "By GraphQL" }) { _status } }`,
      token.reporterA,
    )
    expect(viaGraphql.body.data?.updateCommitment).toEqual({ _status: 'draft' })
    expect((await rest('GET', `/api/commitments/${commitment.id}`)).body.narrative).toBe('As published.')

    // A curator's publish is what puts the change live, approved.
    const publish = await rest('PATCH', `/api/commitments/${commitment.id}`, { token: token.curator, body: { _status: 'published' } })
    expect(publish.body.doc).toMatchObject({ _status: 'published', narrative: 'By GraphQL', review: { state: 'approved' } })
    expect((await rest('GET', `/api/commitments/${commitment.id}`)).body.narrative).toBe('By GraphQL')
  })

  it('1. a reporter cannot change a published library resource at all', async () => {
    const resource = await payload.create({
      collection: 'resources',
      data: {
        title: 'Published toolkit',
        organisation: orgA.id,
        summary: 'As published.',
        resourceType: 'toolkit',
        publicationDate: '2025-01-15T00:00:00.000Z',
        evidenceGrade: 'promising',
        externalUrl: 'https://www.example.org/toolkit',
        _status: 'published',
      },
      context: quiet,
    })
    for (const query of ['', '?draft=true']) {
      const answer = await rest('PATCH', `/api/resources/${resource.id}${query}`, { token: token.reporterA, body: { summary: 'Changed' } })
      expect(answer.status).toBe(403)
    }
    expect((await rest('GET', `/api/resources/${resource.id}`)).body.summary).toBe('As published.')
  })

  it('2. a withdrawn record’s published versions are no longer public, by any route', async () => {
    const kept = await published('commitments', { step: '1.1.2', status: 'planned', narrative: 'Still published.' })
    const withdrawn = await published('commitments', { step: '1.1.3', status: 'planned', narrative: 'Withdrawn words.' })
    await payload.update({ collection: 'commitments', id: withdrawn.id, data: { _status: 'draft' }, context: quiet })
    for (const who of [undefined, token.reporterB]) {
      const byParent = await rest('GET', `/api/commitments/versions?where[parent][equals]=${withdrawn.id}&depth=0`, { token: who })
      expect(byParent.status).toBe(200)
      expect(byParent.body.docs).toEqual([])
      const byText = await rest('GET', `/api/commitments/versions?where[version.narrative][like]=Withdrawn&depth=0`, { token: who })
      expect(byText.body.docs).toEqual([])
      const viaGraphql = await graphql(`{ versionsCommitments(where: { parent: { equals: ${withdrawn.id} } }) { docs { id } } }`, who)
      expect(viaGraphql.body.data?.versionsCommitments?.docs).toEqual([])
      // What is published now keeps its public history.
      const keptVersions = await rest('GET', `/api/commitments/versions?where[parent][equals]=${kept.id}&depth=0`, { token: who })
      expect(keptVersions.body.docs?.length).toBeGreaterThan(0)
    }
    const { docs } = await payload.findVersions({ collection: 'commitments', where: { parent: { equals: withdrawn.id } }, depth: 0 })
    const publishedVersion = docs.find((v) => v.version._status === 'published')
    expect(publishedVersion).toBeDefined()
    expect([403, 404]).toContain((await rest('GET', `/api/commitments/versions/${publishedVersion?.id}`)).status)
    // Its own organisation's reporters still see every version of it.
    const own = await rest('GET', `/api/commitments/versions?where[parent][equals]=${withdrawn.id}&depth=0`, { token: token.reporterA })
    expect(own.body.docs?.length).toBe(docs.length)
  })

  it('3. only an admin unlocks an account', async () => {
    const email = 'locked.out@example.test'
    await createUser(payload, email, 'reporter', orgA.id)
    for (let attempt = 0; attempt < 5; attempt++)
      await payload.login({ collection: 'users', data: { email, password: 'wrong' } }).catch(() => undefined)
    for (const who of [undefined, token.reporterA, token.reporterB, token.curator]) {
      const answer = await rest('POST', '/api/users/unlock', { token: who, body: { email } })
      expect(answer.status).toBe(403)
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'correct horse battery staple' } })).rejects.toThrow(
      /locked/i,
    )
    expect((await rest('POST', '/api/users/unlock', { token: token.admin, body: { email } })).status).toBe(200)
    await payload.login({ collection: 'users', data: { email, password: 'correct horse battery staple' } })
  })

  it('4. a reporter can neither unpublish their record nor change the identifiers imports match on', async () => {
    const commitment = await published('commitments', { step: '1.2.1', status: 'planned' })
    const answer = await rest('PATCH', `/api/commitments/${commitment.id}`, { token: token.reporterA, body: { _status: 'draft' } })
    expect(answer.status).toBe(200)
    expect((await rest('GET', `/api/commitments/${commitment.id}`)).status).toBe(200)
    // Restoring is a draft too: a restore that would write the live record is refused.
    const { docs } = await payload.findVersions({
      collection: 'commitments',
      where: { parent: { equals: commitment.id } },
      sort: '-createdAt',
    })
    const draftVersion = docs.find((v) => v.version._status === 'draft')
    expect((await rest('POST', `/api/commitments/versions/${draftVersion?.id}`, { token: token.reporterA })).status).toBe(403)
    expect((await rest('POST', `/api/commitments/versions/${draftVersion?.id}?draft=true`, { token: token.reporterA })).status).toBe(200)
    expect((await rest('GET', `/api/commitments/${commitment.id}`)).body._status).toBe('published')

    await rest('PATCH', `/api/organisations/${orgA.id}?draft=true`, {
      token: token.reporterA,
      body: { identifiers: { gpgEmployerId: '999', companiesHouseNumber: '12345678' }, formerNames: [{ name: 'Someone Else Ltd' }] },
    })
    const latest = await payload.findByID({ collection: 'organisations', id: orgA.id, draft: true })
    expect(latest.identifiers?.gpgEmployerId ?? null).toBeNull()
    expect(latest.identifiers?.companiesHouseNumber ?? null).toBeNull()
    expect(latest.formerNames ?? []).toEqual([])
    const byCurator = await rest('PATCH', `/api/organisations/${orgA.id}`, {
      token: token.curator,
      body: { identifiers: { gpgEmployerId: '999' } },
    })
    expect((byCurator.body.doc as { identifiers: { gpgEmployerId: string } }).identifiers.gpgEmployerId).toBe('999')

    const report = await published('pay-gap-reports', {
      year: 2022,
      characteristic: 'gender',
      referenceGroup: 'Men',
      comparisonGroup: 'Women',
    })
    await payload.update({
      collection: 'pay-gap-reports',
      id: report.id,
      data: { provenance: { source: 'gpg-service', sourceKey: '42' } },
      context: quiet,
    })
    await rest('PATCH', `/api/pay-gap-reports/${report.id}`, {
      token: token.reporterA,
      body: { provenance: { source: 'manual', sourceKey: '7' } },
    })
    const reportDraft = await payload.findByID({ collection: 'pay-gap-reports', id: report.id, draft: true })
    expect(reportDraft.provenance).toMatchObject({ source: 'gpg-service', sourceKey: '42' })
  })

  const csvFile = (name: string, text: string) => ({ name, data: Buffer.from(text), type: 'text/csv' })

  it('5. the library refuses a file over 25 MB, whatever its type, reading its real size', async () => {
    const row = 'Camden,1234\r\n'
    const big = `borough,count\r\n${row.repeat(Math.ceil((26 * 1024 * 1024) / row.length))}`
    const answer = await upload('/api/resource-files', csvFile('big.csv', big), {}, token.reporterA)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toMatch(/26\.0 MB; the library takes files up to 25 MB/)
  })

  it('5. the library reads a CSV whole for markup, and refuses formula cells naming them', async () => {
    const late = `a,b\r\n${'x,1\r\n'.repeat(2000)}<script>alert(1)</script>,2\r\n`
    const markup = await upload('/api/resource-files', csvFile('late.csv', late), {}, token.reporterA)
    expect(markup.status).toBe(400)
    expect(JSON.stringify(markup.body)).toMatch(/web page markup or script/)
    const formulas = await upload(
      '/api/resource-files',
      csvFile('formulas.csv', 'name,link\r\nCamden,-3.5\r\nBrent,"=HYPERLINK(""http://evil.example"",""x"")"\r\nEaling,@SUM(A1)\r\n'),
      {},
      token.reporterA,
    )
    expect(formulas.status).toBe(400)
    expect(JSON.stringify(formulas.body)).toMatch(/formulas\.csv has cells .*row 3, column 2.*row 4, column 2/)
    const fine = await upload('/api/resource-files', csvFile('fine.csv', 'name,change\r\nCamden,-3.5\r\n'), {}, token.reporterA)
    expect(fine.status).toBe(201)
    // The size the site shows is the file's, even when the uploader did not give one.
    const bytes = Buffer.from('name,change\r\nBrent,2\r\n')
    const unsized = await payload.create({
      collection: 'resource-files',
      data: {},
      file: { name: 'unsized.csv', data: bytes, mimetype: 'text/csv' } as never,
      user: reporterA,
      overrideAccess: false,
    })
    expect(unsized.filesize).toBe(bytes.length)
  })

  it('5. an HTML file uploaded as an import is refused at upload, with its reason, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'imports' })).totalDocs
    const page = {
      name: 'report.csv',
      data: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      type: 'text/csv',
    }
    const answer = await upload('/api/imports', page, { kind: 'pay-gaps-template' }, token.curator)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toMatch(/report\.csv is a web page or contains web page markup/)
    expect((await payload.count({ collection: 'imports' })).totalDocs).toBe(before)
  })

  it('7. a password can be reset: the request answers, the link is printed in development, the new password signs in', async () => {
    const forgetful = await createUser(payload, 'forgetful@example.test', 'reporter', orgA.id)
    const printed: string[] = []
    const spy = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')))
    let requested
    try {
      requested = await rest('POST', '/api/users/forgot-password', { body: { email: forgetful.email } })
    } finally {
      spy.mockRestore()
    }
    expect(requested.status).toBe(200)
    const link = /\/admin\/reset\/([0-9a-f]+)/.exec(printed.join('\n'))
    expect(link, printed.join('\n')).not.toBeNull()
    const reset = await rest('POST', '/api/users/reset-password', { body: { token: link?.[1], password: 'a brand new passphrase' } })
    expect(reset.status).toBe(200)
    const login = await rest('POST', '/api/users/login', { body: { email: forgetful.email, password: 'a brand new passphrase' } })
    expect(login.status).toBe(200)
    const old = await rest('POST', '/api/users/login', { body: { email: forgetful.email, password: 'correct horse battery staple' } })
    expect(old.status).toBe(401)
  })

  it('7. writes that arrive together all succeed, one after another', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        rest('POST', '/api/organisations', { token: token.curator, body: { name: `Concurrent ${i}`, sector: 'business' } }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201))
  })

  /** A grant as a curator might enter it by hand: no year, no 360Giving release. */
  const handMadeGrant = (grantId: string, extra: Record<string, unknown> = {}) => ({
    grantId,
    title: 'A hand-entered grant',
    currency: 'GBP',
    amountAwarded: 5000,
    awardDate: '2024-06-01T00:00:00.000Z',
    funder: { orgId: 'GB-CHC-1', name: 'A Funder' },
    recipient: { orgId: 'GB-CHC-2', name: 'A Recipient' },
    ...extra,
  })

  it('8. a grant saved through the API is one the site can show, and a bad number is refused naming its field', async () => {
    const answer = await rest('POST', '/api/grants', { token: token.curator, body: handMadeGrant('360G-hand-made-1') })
    expect(answer.status).toBe(201)
    const shown = grantSchema.safeParse((await rest('GET', `/api/grants/${(answer.body.doc as { id: number }).id}?depth=0`)).body)
    expect(shown.success, JSON.stringify(shown.error?.issues)).toBe(true)
    expect(shown.data).toMatchObject({ year: 2024, published: { id: '360G-hand-made-1', amountAwarded: 5000 } })

    const wrongYear = await rest('POST', '/api/pay-gap-reports', {
      token: token.curator,
      body: { organisation: orgA.id, year: 2022.5, characteristic: 'gender', referenceGroup: 'Men', comparisonGroup: 'Women' },
    })
    expect(wrongYear.status).toBe(400)
    expect(wrongYear.body.errors?.[0].data).toMatchObject({ errors: [{ path: 'year', message: 'Expected a whole number.' }] })
    const badPublished = await rest('POST', '/api/grants', {
      token: token.curator,
      body: handMadeGrant('360G-hand-made-2', { published: 'not an object' }),
    })
    expect(JSON.stringify(badPublished.body)).toMatch(/"path":"published"/)
  })

  it('9. document locks: only their owner and staff remove them, staff read only staff locks, and a reporter’s lock never holds off a curator', async () => {
    const commitment = await published('commitments', { step: '1.2.2', status: 'planned' })
    const lock = await rest('POST', '/api/payload-locked-documents', {
      token: token.reporterA,
      body: { document: { relationTo: 'commitments', value: commitment.id }, user: { relationTo: 'users', value: curator.id } },
    })
    expect(lock.status).toBe(201)
    const lockId = (lock.body.doc as { id: number }).id
    expect((lock.body.doc as { user: { value: { id: number } } }).user.value.id).toBe(reporterA.id)
    for (const who of [undefined, token.reporterB]) {
      expect((await rest('GET', `/api/payload-locked-documents/${lockId}`, { token: who })).status).not.toBe(200)
      expect((await rest('GET', '/api/payload-locked-documents', { token: who })).body.docs ?? []).toEqual([])
      expect((await rest('DELETE', `/api/payload-locked-documents/${lockId}`, { token: who })).status).not.toBe(200)
    }
    // Staff do not see a reporter's lock, so the admin never offers a curator "Take over" for it; they can still remove it.
    expect((await rest('GET', `/api/payload-locked-documents/${lockId}`, { token: token.curator })).status).toBe(404)
    const own = await rest('POST', '/api/payload-locked-documents', {
      token: token.curator,
      body: { document: { relationTo: 'commitments', value: commitment.id }, user: { relationTo: 'users', value: curator.id } },
    })
    expect(
      (await rest('GET', '/api/payload-locked-documents', { token: token.curator })).body.docs?.map((d) => (d as { id: number }).id),
    ).toEqual([(own.body.doc as { id: number }).id])
    // Reporter B may not lock A's record (which would hold off A's own reporters).
    const foreign = await rest('POST', '/api/payload-locked-documents', {
      token: token.reporterB,
      body: { document: { relationTo: 'commitments', value: commitment.id }, user: { relationTo: 'users', value: reporterA.id } },
    })
    expect(foreign.status).toBe(400)
    // The curator reviews and publishes while the reporter's lock is fresh.
    const review = await rest('PATCH', `/api/commitments/${commitment.id}`, { token: token.curator, body: { narrative: 'Reviewed.' } })
    expect(review.status).toBe(200)
    // And a curator's lock never holds off the reporter.
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'commitments', value: commitment.id }, user: { relationTo: 'users', value: curator.id } },
    })
    const revise = await rest('PATCH', `/api/commitments/${commitment.id}?draft=true`, {
      token: token.reporterA,
      body: { narrative: 'Revised.' },
    })
    expect(revise.status).toBe(200)
  })

  it('9. GraphQL introspection is refused outside development', async () => {
    const answer = await graphql('{ __schema { queryType { name } } }')
    expect(JSON.stringify(answer.body)).toMatch(/introspection is available in development only/)
    const ordinary = await graphql('{ Stages { docs { name } } }')
    expect(ordinary.body.data?.Stages?.docs?.length).toBe(5)
  })
})
