import { configToSchema } from '@payloadcms/graphql'
import { formatNames, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blankTemplate } from '../../domain/csvTemplates/columns'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { APPLICANT_GROUPS, SOURCE_DOCUMENTS, TRI_STRANDS, TRI_TERMS } from '../../domain/vocabulary'
import { MINIMAL_PDF } from '../fixtures/minimalPdf'
import { ACCESS_TABLE, ROLES, type Read, type Role, type Versions, type Write } from './accessTable'
import { graphql, rest, tokenFor, upload, type ApiAnswer } from './apiClient'
import { createOrganisation, createUser } from './fixtures'
import { createTestPayload } from './harness'

/**
 * The access matrix: every role x every collection x every operation, through
 * the REST and GraphQL API as a client sends them, each cell checked against the
 * intended answer in accessTable.ts. One database; the fixtures are built once,
 * reads are checked before any write changes them.
 */
type Org = 'A' | 'B'
type State = 'published' | 'draft' | 'withdrawn'
interface Fixture {
  key: string
  id: number | string
  org?: Org
  state: State
  user?: Role
  /** Published, with a newer draft by its organisation's reporter. */
  pending?: boolean
}

let payload: Payload
let cleanup: () => Promise<void>
const orgId: Record<Org, number> = { A: 0, B: 0 }
const orgOf: Partial<Record<Role, Org>> = { reporterA: 'A', reporterB: 'B' }
const userId: Partial<Record<Role, number>> = {}
const userDoc: Partial<Record<Role, Awaited<ReturnType<typeof createUser>>>> = {}
const token: Partial<Record<Role, string>> = {}
const fixtures: Record<string, Fixture[]> = {}
const lockTarget: Record<Org, number | string> = { A: 0, B: 0 }
const quiet = { disableSiteRebuild: true, skipLinkCheck: true, importing: true }
let sequence = 0
const next = () => ++sequence
let stepNumber = 0
const nextStep = () => `9.9.${++stepNumber}`
const year = () => 2000 + (next() % 100)
const REFUSED = [401, 403, 404]
/** No route: Payload answers 404, or 501 for a collection whose endpoints are switched off. */
const UNREACHABLE = [404, 501]

/** What each collection needs to create a record; `org` owns it, `role` makes it. */
const stageOrders = [2, 3, 4, 5]
const data: Record<string, (org: Org, role: Role, expectSuccess: boolean) => Record<string, unknown>> = {
  organisations: () => ({ name: `Organisation ${next()}`, sector: 'business' }),
  commitments: (org) => ({ organisation: orgId[org], step: nextStep(), status: 'planned' }),
  // Years are distinct per record, so one organisation's second return for a year is never made by accident.
  returns: (org) => ({ organisation: orgId[org], year: 2020 + next(), steps: [] }),
  metrics: () => ({ code: `M-${next()}`, question: 'A question?', action: 'a0', answerType: 'yes-no', benchmark: { kind: 'none' } }),
  'pay-gap-reports': (org) => ({
    organisation: orgId[org],
    year: year(),
    characteristic: 'gender',
    referenceGroup: 'Men',
    comparisonGroup: 'Women',
  }),
  'workforce-profiles': (org) => ({ organisation: orgId[org], published: '2024', grouping: `Group ${next()}` }),
  resources: (org) => ({
    title: `Resource ${next()}`,
    organisation: orgId[org],
    summary: 'A toolkit.',
    resourceType: 'toolkit',
    publicationDate: '2025-01-01T00:00:00.000Z',
    evidenceGrade: 'promising',
    externalUrl: 'https://www.example.org/toolkit',
  }),
  'resource-files': (org) => ({ organisation: orgId[org] }),
  'case-studies': () => ({
    title: `Case study ${next()}`,
    sector: 'business',
    summary: 'What happened.',
    sources: [{ document: SOURCE_DOCUMENTS[0].value }],
  }),
  'tri-actions': () => {
    const n = next()
    return {
      key: `action-${n}`,
      strand: TRI_STRANDS[0].value,
      order: n,
      title: 'An action',
      owners: 'London Councils',
      term: TRI_TERMS[0].value,
      status: 'Begun',
      rag: 'not-rated',
      source: { document: SOURCE_DOCUMENTS[0].value },
    }
  },
  grants: () => ({
    grantId: `360G-matrix-${next()}`,
    title: 'A grant',
    currency: 'GBP',
    amountAwarded: 100,
    awardDate: '2024-01-01T00:00:00.000Z',
    funder: { orgId: 'GB-CHC-1', name: 'A funder' },
    recipient: { orgId: 'GB-CHC-2', name: 'A recipient' },
  }),
  'funding-applications': () => ({ funder: orgId.A, year: year(), applicantGroup: APPLICANT_GROUPS[0].value, received: 2, funded: 1 }),
  'funding-targets': () => ({ funder: orgId.A, year: year(), targetShare: 10, basis: 'amount' }),
  'city-indicators': () => ({
    measure: `Indicator ${next()}`,
    priority: 1,
    period: '2024',
    date: '2024-12-31',
    value: 5,
    unit: 'percent',
    source: 'Synthetic',
  }),
  'survey-results': () => ({
    measure: `Question ${next()}`,
    priority: 1,
    period: 'Wave 1',
    date: '2024-12-31',
    value: 5,
    unit: 'percent',
    sampleSize: 1000,
    source: 'Synthetic',
  }),
  'equality-publications': (org) => ({
    organisation: orgId[org],
    kind: 'equality-information',
    publishedOn: '2025-01-15T00:00:00.000Z',
    url: 'https://www.example.org/equality',
  }),
  imports: () => ({ kind: 'pay-gaps-template' }),
  corrections: () => ({
    collection: 'grants',
    recordId: String(next()),
    recordTitle: 'A grant',
    field: 'amountAwarded',
    fieldLabel: 'Amount awarded',
    oldValue: '100',
    newValue: '1000',
    reason: 'A zero was lost.',
    kind: 'curator',
    correctedAt: '2026-01-01T00:00:00.000Z',
  }),
  'dataset-releases': () => {
    const n = next()
    return {
      title: `Release ${n}`,
      dataset: `dataset-${n}`,
      number: 1,
      releasedAt: '2026-01-01T00:00:00.000Z',
      note: 'First release.',
      rowsAdded: 1,
      rowsChanged: 0,
      rowsRemoved: 0,
      rowCount: 1,
      sha256: 'a'.repeat(64),
    }
  },
  'problem-reports': () => ({
    collection: 'organisations',
    recordId: String(orgId.A),
    recordTitle: 'Organisation A',
    message: 'The website address is out of date.',
    status: 'open',
  }),
  'match-reviews': () => {
    const n = next()
    return {
      title: `Match ${n}`,
      state: 'pending',
      reason: 'Only the name matches.',
      publishedName: `Organisation ${n}`,
      identityKey: `name:organisation-${n}`,
      candidate: orgId.A,
      heldAs: orgId.B,
    }
  },
  priorities: () => {
    const n = next()
    return { id: `p${n}`, number: 100 + n, name: 'A priority' }
  },
  actions: () => {
    const n = next()
    return { id: `a${n}`, number: 100 + n, priority: 'p0', text: 'An action' }
  },
  steps: () => {
    const n = next()
    return { id: `8.8.${n}`, code: `8.8.${n}`, sortKey: n, priority: 'p0', action: 'a0', stage: 'stage-1', text: 'A step' }
  },
  // Stage order runs 1 to 5 and is unique: a new one takes a free place (refused requests never reach validation).
  stages: (_org, _role, expectSuccess) => {
    const n = next()
    return { id: `stage-${n}`, order: expectSuccess ? stageOrders.shift() : 5, name: 'A stage' }
  },
  users: (org) => ({
    email: `user${next()}@example.test`,
    password: 'correct horse battery staple',
    name: 'A user',
    role: 'reporter',
    organisation: orgId[org],
  }),
  // Locks are on records no other cell changes: any change to a record removes its locks.
  'payload-locked-documents': (org, role) => ({
    document: { relationTo: 'commitments', value: lockTarget[org] },
    user: { relationTo: 'users', value: userId[role] ?? userId.admin },
  }),
  'payload-preferences': (_org, role) => ({
    key: `key-${next()}`,
    user: { relationTo: 'users', value: userId[role] ?? userId.admin },
    value: { n: 1 },
  }),
  'payload-migrations': () => ({ name: 'x', batch: 1 }),
  'payload-kv': () => ({ key: `key-${next()}`, data: { n: 1 } }),
}

/** A field each collection's update changes, with a new value each time. */
const touch: Record<string, () => Record<string, unknown>> = {
  organisations: () => ({ description: `Touched ${next()}` }),
  commitments: () => ({ narrative: `Touched ${next()}` }),
  returns: () => ({ progress: `Touched ${next()}` }),
  metrics: () => ({ question: `Touched ${next()}?` }),
  'pay-gap-reports': () => ({ responsiblePerson: `Touched ${next()}` }),
  'workforce-profiles': () => ({ level: `Touched ${next()}` }),
  resources: () => ({ audience: `Touched ${next()}` }),
  'resource-files': () => ({}),
  'case-studies': () => ({ outcomes: `Touched ${next()}` }),
  'tri-actions': () => ({ nextSteps: `Touched ${next()}` }),
  grants: () => ({ description: `Touched ${next()}` }),
  'funding-applications': () => ({ programme: `Touched ${next()}` }),
  'funding-targets': () => ({ source: `https://www.example.org/${next()}` }),
  'city-indicators': () => ({ notes: `Touched ${next()}` }),
  'survey-results': () => ({ notes: `Touched ${next()}` }),
  'equality-publications': () => ({ notes: `Touched ${next()}` }),
  imports: () => ({ publisher: `Touched ${next()}` }),
  corrections: () => ({ reason: `Touched ${next()}` }),
  'dataset-releases': () => ({ note: `Touched ${next()}` }),
  'problem-reports': () => ({ curatorNote: `Touched ${next()}` }),
  'match-reviews': () => ({ sourceLabel: `Touched ${next()}` }),
  priorities: () => ({ name: `Touched ${next()}` }),
  actions: () => ({ text: `Touched ${next()}` }),
  steps: () => ({ text: `Touched ${next()}` }),
  stages: () => ({ name: `Touched ${next()}` }),
  users: () => ({ name: `Touched ${next()}` }),
  'payload-locked-documents': () => ({}),
  'payload-preferences': () => ({ value: { n: next() } }),
  'payload-migrations': () => ({ batch: 2 }),
  'payload-kv': () => ({ data: { n: next() } }),
}

const collection = (slug: string) => payload.collections[slug as CollectionSlug].config
const hasDrafts = (slug: string) => Boolean(collection(slug).versions?.drafts)
const hasVersions = (slug: string) => Boolean(collection(slug).versions)

/** Makes a record as a script would (no access rules), in the state asked for. */
async function make(slug: string, org: Org, state: State, extra: Partial<Fixture> = {}): Promise<Fixture> {
  const body = data[slug](org, extra.user ?? 'admin', true)
  const args = { collection: slug as CollectionSlug, context: quiet, overrideAccess: true, depth: 0 } as const
  let doc: { id: number | string }
  if (slug === 'resource-files') {
    doc = await payload.create({
      ...args,
      data: { ...body, public: state === 'published' },
      file: { name: `file-${next()}.pdf`, data: MINIMAL_PDF, mimetype: 'application/pdf', size: MINIMAL_PDF.length },
    } as never)
  } else if (slug === 'imports') {
    const csv = Buffer.from(blankTemplate(PAY_GAP_TEMPLATE))
    doc = await payload.create({
      ...args,
      data: body,
      file: { name: `import-${next()}.csv`, data: csv, mimetype: 'text/csv', size: csv.length },
    } as never)
  } else if (slug === 'dataset-releases') {
    const csv = Buffer.from('a,b\r\n1,2\r\n')
    doc = await payload.create({
      ...args,
      data: body,
      file: { name: `release-${next()}.csv`, data: csv, mimetype: 'text/csv', size: csv.length },
    } as never)
  } else if (slug === 'payload-preferences') {
    // Payload stores a preference under the requester's name, whatever the data says.
    doc = await payload.create({ ...args, data: body, user: userDoc[extra.user ?? 'admin'] } as never)
  } else if (hasDrafts(slug)) {
    doc = await payload.create({
      ...args,
      data: { ...body, _status: state === 'draft' ? 'draft' : 'published' },
      draft: state === 'draft',
    } as never)
    if (state === 'withdrawn') await payload.update({ ...args, id: doc.id, data: { _status: 'draft' } } as never)
  } else {
    doc = await payload.create({ ...args, data: body } as never)
  }
  return { key: `${slug} ${org} ${state}`, id: doc.id, org, state, ...extra }
}

function visible(rule: Read, fixture: Fixture, role: Role): boolean {
  switch (rule) {
    case 'all':
      return true
    case 'none':
    case 'unreachable':
      return false
    case 'published':
      return fixture.state === 'published'
    case 'published+own':
      return fixture.state === 'published' || ownOrganisation(fixture, role)
    case 'self':
    case 'own-user':
      return fixture.user === role
    case 'own-user+staff':
      return fixture.user === role || role === 'curator' || role === 'admin'
    case 'staff-users':
      return fixture.user === 'curator' || fixture.user === 'admin'
  }
}

const ownOrganisation = (fixture: Fixture, role: Role) => fixture.org !== undefined && fixture.org === orgOf[role]

/**
 * A list read with drafts shows each record's latest version, so a published
 * record with a newer draft shows only to those who may read that draft (its
 * organisation and staff); everyone else still reads it without drafts and by ID.
 */
function visibleWithDrafts(rule: Read, fixture: Fixture, role: Role): boolean {
  if (!fixture.pending || rule === 'all') return visible(rule, fixture, role)
  return rule === 'published+own' && ownOrganisation(fixture, role)
}

function versionVisible(rule: Versions, parent: Fixture, versionStatus: string | undefined, role: Role): boolean {
  const publishedNow = versionStatus === 'published' && parent.state === 'published'
  switch (rule) {
    case 'all':
      return true
    case 'none':
    case 'no versions':
      return false
    case 'publishedNow':
      return publishedNow
    case 'publishedNow+own':
      return publishedNow || (parent.org !== undefined && parent.org === orgOf[role])
  }
}

const ids = (answer: ApiAnswer) => new Set((answer.body.docs ?? []).map((d) => String(d.id)))
const as = (role: Role) => token[role]
const path = (slug: string, rest = '') => `/api/${slug}${rest}`

/** The versions of the fixtures of a collection, read as a script would. */
async function versionsOf(slug: string) {
  const parents = new Map((fixtures[slug] ?? []).map((f) => [String(f.id), f]))
  const { docs } = await payload.findVersions({
    collection: slug as CollectionSlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  } as never)
  return (docs as Array<{ id: number | string; parent: number | string; version: { _status?: string } }>)
    .filter((v) => parents.has(String(v.parent)))
    .map((v) => ({ id: String(v.id), parent: parents.get(String(v.parent)) as Fixture, status: v.version._status }))
}

let queryNames: Set<string>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  queryNames = new Set(Object.keys(configToSchema(payload.config).schema.getQueryType()?.getFields() ?? {}))
  orgId.A = (await createOrganisation(payload, 'Organisation A')).id as number
  orgId.B = (await createOrganisation(payload, 'Organisation B')).id as number
  for (const [role, org] of [
    ['admin', undefined],
    ['curator', undefined],
    ['reporterA', 'A'],
    ['reporterB', 'B'],
  ] as const) {
    const user = await createUser(
      payload,
      `${role.toLowerCase()}@matrix.test`,
      role.startsWith('reporter') ? 'reporter' : (role as 'admin' | 'curator'),
      org && orgId[org],
    )
    userId[role] = user.id
    userDoc[role] = user
    token[role] = await tokenFor(payload, `${role.toLowerCase()}@matrix.test`)
  }
  // The plan records every step needs, then steps for the commitments to use.
  await payload.create({ collection: 'priorities', data: { id: 'p0', number: 1, name: 'Priority' } })
  await payload.create({ collection: 'actions', data: { id: 'a0', number: 1, priority: 'p0', text: 'Action' } })
  await payload.create({ collection: 'stages', data: { id: 'stage-1', order: 1, name: 'Stage' } })
  for (let n = 1; n <= 40; n++)
    await payload.create({
      collection: 'steps',
      data: { id: `9.9.${n}`, code: `9.9.${n}`, sortKey: 1000 + n, priority: 'p0', action: 'a0', stage: 'stage-1', text: 'Step' },
    })

  for (const org of ['A', 'B'] as const)
    lockTarget[org] = (
      await payload.create({ collection: 'commitments', data: data.commitments(org, 'admin', true) as never, context: quiet })
    ).id

  const states: State[] = ['published', 'draft', 'withdrawn']
  for (const slug of Object.keys(ACCESS_TABLE)) {
    const list: Fixture[] = []
    if (slug === 'organisations') {
      list.push(
        { key: 'organisation A', id: orgId.A, org: 'A', state: 'published' },
        { key: 'organisation B', id: orgId.B, org: 'B', state: 'published' },
      )
      for (const state of ['draft', 'withdrawn'] as const) list.push({ ...(await make(slug, 'A', state)), org: undefined })
    } else if (slug === 'users') {
      for (const role of ROLES.filter((r) => r !== 'anonymous'))
        list.push({ key: `user ${role}`, id: userId[role] as number, state: 'published', user: role })
    } else if (slug === 'payload-locked-documents' || slug === 'payload-preferences') {
      for (const role of ['reporterA', 'curator'] as const) list.push(await make(slug, orgOf[role] ?? 'A', 'published', { user: role }))
    } else if (slug === 'payload-migrations') {
      const { docs } = await payload.find({ collection: slug, limit: 1, overrideAccess: true })
      list.push({ key: 'a migration', id: docs[0].id, state: 'published' })
    } else if (slug === 'stages') {
      // Stages are numbered 1 to 5: the plan's own stage is the fixture, leaving 2 to 5 for the writes.
      list.push({ key: 'stage 1', id: 'stage-1', state: 'published' })
    } else if (slug === 'payload-kv') {
      const doc = await payload.create({ collection: 'payload-kv', data: { key: 'matrix', data: { n: 1 } } } as never)
      list.push({ key: 'a stored value', id: (doc as { id: number }).id, state: 'published' })
    } else if (slug === 'resource-files') {
      list.push(await make(slug, 'A', 'draft'), await make(slug, 'B', 'draft'), await make(slug, 'A', 'published'))
    } else if (hasDrafts(slug) && ACCESS_TABLE[slug].create.reporterA !== 'denied') {
      for (const org of ['A', 'B'] as const) for (const state of states) list.push(await make(slug, org, state))
    } else if (hasDrafts(slug)) {
      for (const state of states) list.push(await make(slug, 'A', state))
    } else {
      list.push(await make(slug, 'A', 'published'))
    }
    fixtures[slug] = list
  }
  // A reporter's pending draft over a published record: the public must keep reading the published version.
  for (const slug of ['commitments', 'pay-gap-reports', 'workforce-profiles', 'equality-publications']) {
    const pending = fixtures[slug][0]
    await rest('PATCH', path(slug, `/${pending.id}`), { token: as('reporterA'), body: touch[slug]() })
    pending.pending = true
    pending.key += ' with a pending draft'
  }
})
afterAll(async () => cleanup?.())

describe('the access table', () => {
  it('has a row for every collection in the config, and no other', () => {
    expect(Object.keys(ACCESS_TABLE).sort()).toEqual(payload.config.collections.map((c) => c.slug).sort())
  })
})

describe.sequential('reads', () => {
  for (const slug of Object.keys(ACCESS_TABLE)) {
    const row = ACCESS_TABLE[slug]
    describe(slug, () => {
      for (const role of ROLES) {
        it(`${role}: find${hasDraftsSafe(slug) ? ', find with drafts' : ''} and find by ID see ${row.read[role]}`, async () => {
          const list = fixtures[slug]
          const rule = row.read[role]
          for (const query of hasDrafts(slug) ? ['?limit=0&depth=0', '?limit=0&depth=0&draft=true'] : ['?limit=0&depth=0']) {
            const answer = await rest('GET', path(slug, query), { token: as(role) })
            if (rule === 'unreachable') {
              expect(UNREACHABLE, query).toContain(answer.status)
              continue
            }
            const seen = answer.status === 200 ? ids(answer) : new Set<string>()
            if (answer.status !== 200) expect(REFUSED, `${query}: ${answer.status}`).toContain(answer.status)
            const rule_ = query.includes('draft') ? visibleWithDrafts : visible
            for (const fixture of list) expect(seen.has(String(fixture.id)), `${fixture.key} in ${query}`).toBe(rule_(rule, fixture, role))
          }
          for (const fixture of list) {
            if (slug === 'payload-preferences') {
              // Preferences are read by key, and always answer 200: found, or "not found" with no value.
              const key = await preferenceKey(fixture)
              const answer = await rest('GET', path(slug, `/${encodeURIComponent(key)}`), { token: as(role) })
              if (answer.status !== 200) expect(REFUSED).toContain(answer.status)
              expect(answer.body.key === key, fixture.key).toBe(visible(rule, fixture, role))
              continue
            }
            const answer = await rest('GET', path(slug, `/${fixture.id}?depth=0${hasDrafts(slug) ? '&draft=true' : ''}`), {
              token: as(role),
            })
            if (rule === 'unreachable') expect(UNREACHABLE).toContain(answer.status)
            else if (visible(rule, fixture, role)) expect(answer.status, fixture.key).toBe(200)
            else expect(REFUSED, `${fixture.key}: ${answer.status}`).toContain(answer.status)
          }
        })

        it(`${role}: GraphQL reads the same`, async () => {
          const plural = pluralName(slug)
          if (!queryNames.has(plural)) {
            expect(
              ['payload-migrations', 'payload-locked-documents', 'payload-preferences', 'payload-kv'],
              `${slug} has no GraphQL query`,
            ).toContain(slug)
            return
          }
          const answer = await graphql(`{ ${plural}(limit: 0${hasDrafts(slug) ? ', draft: true' : ''}) { docs { id } } }`, as(role))
          const seen = new Set((answer.body.data?.[plural]?.docs ?? []).map((d) => String(d.id)))
          const rule = hasDrafts(slug) ? visibleWithDrafts : visible
          for (const fixture of fixtures[slug]) expect(seen.has(String(fixture.id)), fixture.key).toBe(rule(row.read[role], fixture, role))
        })

        it(`${role}: versions, by list, by ID and through GraphQL, are ${row.versions[role]}`, async () => {
          const rule = row.versions[role]
          if (rule === 'no versions') {
            expect(hasVersions(slug), `${slug} keeps versions`).toBe(false)
            return
          }
          const all = await versionsOf(slug)
          expect(all.length).toBeGreaterThan(0)
          const answer = await rest('GET', path(slug, '/versions?limit=0&depth=0'), { token: as(role) })
          const seen = answer.status === 200 ? ids(answer) : new Set<string>()
          if (answer.status !== 200) expect(REFUSED).toContain(answer.status)
          const plural = `versions${pluralName(slug)}`
          const viaGraphql = queryNames.has(plural) ? await graphql(`{ ${plural}(limit: 0) { docs { id } } }`, as(role)) : undefined
          const seenGraphql = new Set((viaGraphql?.body.data?.[plural]?.docs ?? []).map((d) => String(d.id)))
          for (const version of all) {
            const expected = versionVisible(rule, version.parent, version.status, role)
            const label = `${version.parent.key}, ${version.status ?? 'a'} version ${version.id}`
            expect(seen.has(version.id), `${label} in the list`).toBe(expected)
            if (viaGraphql) expect(seenGraphql.has(version.id), `${label} in GraphQL`).toBe(expected)
            const one = await rest('GET', path(slug, `/versions/${version.id}?depth=0`), { token: as(role) })
            if (expected) expect(one.status, label).toBe(200)
            else expect(REFUSED, `${label}: ${one.status}`).toContain(one.status)
          }
        })
      }
    })
  }
})

describe.sequential('writes', () => {
  for (const slug of Object.keys(ACCESS_TABLE)) {
    const row = ACCESS_TABLE[slug]
    describe(slug, () => {
      for (const role of ROLES) {
        it(`${role}: create is ${row.create[role]}`, async () => {
          const expected = row.create[role]
          const own = orgOf[role] ?? 'A'
          const other: Org = own === 'A' ? 'B' : 'A'
          const attempt = (org: Org) =>
            createThroughApi(slug, data[slug](org, role, expected !== 'denied' && expected !== 'unreachable'), role)
          if (expected === 'unreachable') return expect(UNREACHABLE).toContain((await attempt(own)).status)
          if (expected === 'denied') return expect(REFUSED).toContain((await attempt(own)).status)
          const mine = await attempt(own)
          expect(mine.status, JSON.stringify(mine.body).slice(0, 300)).toBe(201)
          if (expected === 'own-draft') {
            expect((mine.body.doc as { _status?: string })._status).toBe('draft')
            expect(REFUSED).toContain((await attempt(other)).status)
          }
          if (expected === 'own' && slug === 'payload-locked-documents') {
            // Someone else's record, or in someone else's name: refused, or made in the requester's own name.
            expect([400, ...REFUSED]).toContain((await attempt(other)).status)
          }
        })

        it(`${role}: update, with and without draft, is ${row.update[role]}`, async () => {
          const expected = row.update[role]
          const targets = updateTargets(slug)
          for (const target of targets) {
            for (const query of hasDrafts(slug) ? ['', '?draft=true'] : ['']) {
              const change = touch[slug]()
              const before = await mainDocument(slug, target)
              const answer = await rest('PATCH', path(slug, `/${target.id}${query ? `${query}&` : '?'}depth=0`), {
                token: as(role),
                body: change,
              })
              const label = `${target.key} PATCH${query}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`
              const ownTarget = target.org !== undefined && target.org === orgOf[role] && !target.user
              const allowed =
                expected === 'allowed' ||
                (expected === 'own-draft' && ownTarget) ||
                (expected === 'own-unpublished-draft' && ownTarget && target.state !== 'published') ||
                ((expected === 'own' || expected === 'self') && target.user === role)
              if (expected === 'unreachable') expect(UNREACHABLE, label).toContain(answer.status)
              else if (!allowed) expect(REFUSED, label).toContain(answer.status)
              else expect(answer.status, label).toBe(200)
              const after = await mainDocument(slug, target)
              const [field] = Object.keys(change)
              if (expected.endsWith('draft') && allowed) {
                expect((answer.body.doc as { _status?: string })._status, label).toBe('draft')
                if (target.state === 'published')
                  expect(after?.[field], `${label}: the published record is unchanged`).toEqual(before?.[field])
              } else if (allowed && field && !query) {
                expect(after?.[field], `${label}: the change is saved`).toEqual(change[field])
              } else if (!allowed && field) {
                expect(after?.[field], `${label}: nothing changed`).toEqual(before?.[field])
              }
            }
          }
        })

        it(`${role}: delete is ${row.delete[role]}`, async () => {
          const expected = row.delete[role]
          const mine = orgOf[role] ?? 'A'
          const exists = async (id: number | string) =>
            Boolean(await payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, disableErrors: true, depth: 0 }))
          const remove = async (fixture: Fixture) =>
            rest(
              'DELETE',
              path(slug, `/${slug === 'payload-preferences' ? encodeURIComponent(await preferenceKey(fixture)) : fixture.id}`),
              {
                token: as(role),
              },
            )
          if (expected === 'denied' || expected === 'unreachable') {
            // A refused delete is tried on the shared fixtures, which must survive it.
            for (const fixture of fixtures[slug]) {
              const answer = await remove(fixture)
              expect(expected === 'denied' ? REFUSED : UNREACHABLE, `${fixture.key}: ${answer.status}`).toContain(answer.status)
              if (slug !== 'payload-migrations') expect(await exists(fixture.id), fixture.key).toBe(true)
            }
            return
          }
          const disposable = await make(slug, mine, 'published', { user: role })
          const answer = await remove(disposable)
          expect(answer.status, JSON.stringify(answer.body).slice(0, 200)).toBe(200)
          expect(await exists(disposable.id)).toBe(false)
          if (expected === 'own') {
            const someoneElses = await make(slug, mine, 'published', { user: role === 'curator' ? 'reporterB' : 'curator' })
            const refused = await remove(someoneElses)
            // Preferences are deleted by key, and only the requester's own are looked for.
            if (slug !== 'payload-preferences') expect(REFUSED).toContain(refused.status)
            expect(await exists(someoneElses.id)).toBe(true)
          }
        })

        it(`${role}: restoring a version is ${row.restore[role]}`, async () => {
          const expected = row.restore[role]
          if (expected === 'no versions') {
            expect(hasVersions(slug)).toBe(false)
            return
          }
          for (const target of updateTargets(slug).filter((t) => t.org !== 'B')) {
            // A version in the record's own state, so that a restore leaves it published or draft as it was.
            const wanted = target.state === 'published' ? 'published' : 'draft'
            const version = (await versionsOf(slug)).find(
              (v) => v.parent.id === target.id && (v.status === undefined || v.status === wanted),
            )
            if (!version) throw new Error(`${target.key} has no ${wanted} version`)
            for (const query of hasDrafts(slug) ? ['', '?draft=true'] : ['']) {
              const answer = await rest('POST', path(slug, `/versions/${version.id}${query}`), { token: as(role) })
              const label = `${target.key}, restore${query}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`
              const ownTarget = target.org !== undefined && target.org === orgOf[role]
              const allowed =
                expected === 'allowed' ||
                (expected === 'own-draft' && ownTarget && query !== '') ||
                (expected === 'own-unpublished-draft' && ownTarget && query !== '' && target.state !== 'published')
              if (allowed) expect(answer.status, label).toBe(200)
              else expect(REFUSED, label).toContain(answer.status)
            }
            expect((await mainDocument(slug, target))?._status ?? 'published', `${target.key} keeps its status`).toBe(
              target.state === 'published' ? 'published' : 'draft',
            )
          }
        })

        if (row.unlock) {
          it(`${role}: unlocking an account is ${row.unlock[role]}`, async () => {
            const email = `locked${next()}@matrix.test`
            await createUser(payload, email, 'reporter', orgId.A)
            for (let i = 0; i < 5; i++)
              await payload.login({ collection: 'users', data: { email, password: 'wrong' } }).catch(() => undefined)
            const answer = await rest('POST', path(slug, '/unlock'), { token: as(role), body: { email } })
            if (row.unlock?.[role] === 'allowed') expect(answer.status).toBe(200)
            else expect(REFUSED).toContain(answer.status)
          })
        }
      }
    })
  }
})

function hasDraftsSafe(slug: string): boolean {
  return payload ? hasDrafts(slug) : false
}

function pluralName(slug: string): string {
  const { singular, plural } = formatNames(slug)
  return singular === plural ? `all${singular}` : plural
}

/** Records a write is tried on: each organisation's published record and A's draft, or the collection's own fixtures. */
function updateTargets(slug: string): Fixture[] {
  const list = fixtures[slug]
  if (slug === 'organisations') return list.filter((f) => f.org)
  const picked = list.filter((f) => (f.org === 'A' && f.state !== 'withdrawn') || (f.org === 'B' && f.state === 'published'))
  return picked.length > 0 && !list[0].user && slug !== 'resource-files' && hasDrafts(slug) ? picked : list
}

/** The record as stored, as the public site would read it (no drafts), read as a script. */
async function mainDocument(slug: string, fixture: Fixture): Promise<Record<string, unknown> | null> {
  if (slug === 'payload-migrations') return null
  return (await payload.findByID({
    collection: slug as CollectionSlug,
    id: fixture.id,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })) as Record<string, unknown> | null
}

async function preferenceKey(fixture: Fixture): Promise<string> {
  const doc = (await payload.findByID({ collection: 'payload-preferences', id: fixture.id, overrideAccess: true, depth: 0 })) as {
    key: string
  }
  return doc.key
}

async function createThroughApi(slug: string, body: Record<string, unknown>, role: Role): Promise<ApiAnswer> {
  if (slug === 'resource-files')
    return upload(path(slug), { name: `upload-${next()}.pdf`, data: MINIMAL_PDF, type: 'application/pdf' }, body, as(role))
  if (slug === 'imports')
    return upload(
      path(slug),
      { name: `upload-${next()}.csv`, data: Buffer.from(blankTemplate(PAY_GAP_TEMPLATE)), type: 'text/csv' },
      body,
      as(role),
    )
  return rest('POST', path(slug), { token: as(role), body })
}
