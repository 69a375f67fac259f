import type { Field, Payload, PayloadRequest, SelectField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Organisation } from '../../cms/payload-types'
import { LOCKS } from '../../cms/access/documentLocks'
import { reporterHomeData, returnYearFor } from '../../cms/lib/reporterHome'
import { createOrganisation, createUser, seedPlanOnly } from './fixtures'
import { createTestPayload } from './harness'

/**
 * The reporter's admin (issue 14, section 3) as the sanitized config and the
 * Local API see it: what a reporter is offered and shown, UK dates on every
 * date field, locks released when a record changes hands, the reporter's home.
 */
let payload: Payload
let cleanup: () => Promise<void>
let orgA: Organisation
let curator: Awaited<ReturnType<typeof createUser>>
let reporterA: Awaited<ReturnType<typeof createUser>>
let reporterB: Awaited<ReturnType<typeof createUser>>
const quiet = { disableSiteRebuild: true }

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPlanOnly(payload)
  orgA = await createOrganisation(payload, 'Borough A')
  const orgB = await createOrganisation(payload, 'Borough B')
  curator = await createUser(payload, 'curator@example.test', 'curator')
  reporterA = await createUser(payload, 'reporter.a@example.test', 'reporter', orgA.id)
  reporterB = await createUser(payload, 'reporter.b@example.test', 'reporter', orgB.id)
})

afterAll(async () => cleanup?.())

function dateFields(fields: Field[], path = ''): Array<{ path: string; field: Field & { type: 'date' } }> {
  return fields.flatMap((field) => {
    // Fields the admin never shows (Payload's auth bookkeeping) are left out, with what they hold.
    const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    const here = 'name' in field && field.name ? `${path}${field.name}` : path
    if (field.type === 'date') return [{ path: here, field }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, `${here}.`))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => dateFields(block.fields, `${here}.`))
    if ('fields' in field) return dateFields(field.fields, here ? `${here}.` : '')
    return []
  })
}

const asRequest = (user: unknown) => ({ user, payload }) as unknown as PayloadRequest

describe('the admin a reporter is given', () => {
  it('shows and reads every date field of every collection day first', () => {
    // Payload's own timestamps are read-only and shown in config.admin.dateFormat; its auth dates are never shown.
    const all = payload.config.collections
      .flatMap((c) => dateFields(c.fields).map((d) => ({ ...d, path: `${c.slug}.${d.path}` })))
      .filter(({ path }) => !/\.(createdAt|updatedAt)$/.test(path))
    expect(all.length).toBeGreaterThan(15)
    const notUk = all.filter(({ field }) => {
      const { pickerAppearance, displayFormat } = field.admin?.date ?? {}
      return !(
        (pickerAppearance === 'dayOnly' && displayFormat === 'dd/MM/yyyy') ||
        (pickerAppearance === 'dayAndTime' && displayFormat === 'dd/MM/yyyy HH:mm')
      )
    })
    expect(notUk.map((d) => d.path)).toEqual([])
    expect(payload.config.admin.dateFormat).toBe('dd/MM/yyyy HH:mm')
  })

  it('reads a date typed 01/11/2026 in any collection as 1 November 2026', async () => {
    const grant = dateFields(payload.config.collections.find((c) => c.slug === 'commitments')!.fields)
    expect(grant.map((d) => d.path)).toContain('targetDate')
    const commitment = await payload.create({
      collection: 'commitments',
      data: { organisation: orgA.id, step: '1.1.2', status: 'planned', targetDate: '01/11/2026' },
      draft: true,
      context: quiet,
    })
    expect(commitment.targetDate).toBe('2026-11-01T00:00:00.000Z')
  })

  it('offers a reporter only the review states they can reach; staff every state', () => {
    const returns = payload.config.collections.find((c) => c.slug === 'returns')!
    const review = returns.fields.find((f) => 'name' in f && f.name === 'review') as { fields: Field[] }
    const state = review.fields.find((f) => 'name' in f && f.name === 'state') as SelectField
    const offered = (user: unknown, current?: string) =>
      state.filterOptions!({ options: state.options, req: asRequest(user), data: {}, siblingData: { state: current } }).map((o) =>
        typeof o === 'string' ? o : o.value,
      )
    expect(offered(reporterA)).toEqual(['draft', 'submitted'])
    expect(offered(reporterA, 'approved')).toEqual(['draft', 'submitted'])
    // Sent back, the reporter sees where the record stands.
    expect(offered(reporterA, 'changes-requested')).toEqual(['draft', 'submitted', 'changes-requested'])
    expect(offered(curator)).toEqual(['draft', 'submitted', 'changes-requested', 'approved', 'rejected'])
  })

  it('hides from a reporter the collections they do not report in, and the organisation field', () => {
    const hidden = (slug: string, user: unknown) => {
      const rule = payload.config.collections.find((c) => c.slug === slug)!.admin.hidden
      return typeof rule === 'function' ? rule({ user: user as never }) : Boolean(rule)
    }
    for (const slug of [
      'grants',
      'steps',
      'stages',
      'priorities',
      'actions',
      'users',
      'imports',
      'metrics',
      'tri-actions',
      'organisations',
    ])
      expect([slug, hidden(slug, reporterA)]).toEqual([slug, true])
    for (const slug of ['returns', 'commitments', 'pay-gap-reports', 'workforce-profiles', 'resources'])
      expect([slug, hidden(slug, reporterA)]).toEqual([slug, false])
    expect(hidden('grants', curator)).toBe(false)
    const organisation = payload.config.collections
      .find((c) => c.slug === 'returns')!
      .fields.find((f) => 'name' in f && f.name === 'organisation')!
    const shown = (user: unknown) =>
      organisation.admin!.condition!({}, {}, { user: user as never, path: [], operation: 'update', blockData: {} } as never)
    expect(shown(reporterA)).toBe(false)
    expect(shown(curator)).toBe(true)
  })
})

describe('hand-offs between reporter and curator', () => {
  it('are never held up by a lock: the admin shows neither side the other’s lock', async () => {
    const draft = await payload.create({
      collection: 'returns',
      data: { year: returnYearFor(new Date()) - 5, review: { state: 'submitted' } },
      user: reporterA,
      overrideAccess: false,
      context: quiet,
    })
    // As Payload's admin asks (getIsLocked, handleFormStateLocking): the record's fresh locks, read as the user.
    const locksSeenBy = async (user: unknown) =>
      (
        await payload.find({
          collection: LOCKS as 'users',
          where: { and: [{ 'document.relationTo': { equals: 'returns' } }, { 'document.value': { equals: draft.id } }] },
          user,
          overrideAccess: false,
          depth: 0,
        })
      ).totalDocs
    const lockBy = (user: { id: number }) =>
      payload.create({
        collection: LOCKS as 'users',
        data: { document: { relationTo: 'returns', value: draft.id }, user: { relationTo: 'users', value: user.id } } as never,
        overrideAccess: true,
      })
    // The reporter submitted and left the page open: the curator is not told it is "currently being edited".
    await lockBy(reporterA)
    expect(await locksSeenBy(reporterA)).toBe(1)
    expect(await locksSeenBy(curator)).toBe(0)
    // The curator sent it back and left: the reporter is not told either.
    await lockBy(curator)
    expect(await locksSeenBy(curator)).toBe(1)
    expect(await locksSeenBy(reporterA)).toBe(1)
    // And a save by either removes every lock on the record (Payload's own checkDocumentLockStatus).
    await payload.update({
      collection: 'returns',
      id: draft.id,
      draft: true,
      data: { review: { state: 'changes-requested', comment: 'Add a target date.' } },
      user: curator,
      overrideAccess: false,
      context: quiet,
    })
    expect(await payload.count({ collection: LOCKS as 'users', where: { 'document.value': { equals: draft.id } } })).toEqual({
      totalDocs: 0,
    })
  })
})

describe('the reporter’s home', () => {
  it('shows their organisation, this year’s return answered by priority, and what came back with its comment', async () => {
    const year = returnYearFor(new Date())
    const mine = await payload.create({
      collection: 'returns',
      data: {
        year,
        steps: [
          { step: '1.1.1', status: 'planned' },
          { step: '2.4.1', status: 'in-progress' },
        ],
        review: { state: 'submitted' },
      },
      user: reporterA,
      overrideAccess: false,
      context: quiet,
    })
    const home = await reporterHomeData(payload, reporterA)
    expect(home?.organisation.name).toBe('Borough A')
    expect(home?.year).toBe(year)
    expect(home?.thisYearsReturn?.id).toBe(mine.id)
    expect([home?.answered, home?.totalSteps]).toEqual([2, 50])
    expect(home?.priorities.map((p) => [p.number, p.answered])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
      [4, 0],
    ])
    expect(home?.priorities.reduce((sum, p) => sum + p.total, 0)).toBe(50)
    const step = home?.priorities[0].actions[0].steps[0]
    expect(step).toMatchObject({ code: '1.1.1', status: 'planned' })
    expect(step?.text.length).toBeGreaterThan(10)
    expect(step?.stage).not.toBe('')
    expect(home?.waiting.map((i) => i.id)).toContain(mine.id)

    await payload.update({
      collection: 'returns',
      id: mine.id,
      draft: true,
      data: { review: { state: 'changes-requested', comment: 'Say when 2.4.1 will be complete.' } },
      user: curator,
      overrideAccess: false,
      context: quiet,
    })
    const after = await reporterHomeData(payload, reporterA)
    expect(after?.sentBack.find((i) => i.id === mine.id)?.comment).toBe('Say when 2.4.1 will be complete.')
    expect(after?.thisYearsReturn?.comment).toBe('Say when 2.4.1 will be complete.')
    // Another organisation's reporter sees none of it.
    const other = await reporterHomeData(payload, reporterB)
    expect([other?.thisYearsReturn, other?.waiting.length, other?.sentBack.length]).toEqual([undefined, 0, 0])
  })
})
