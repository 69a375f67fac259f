import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importGpgFile } from '../../cms/importers/gpg/importGpgFile'
import { readSeedFiles } from '../../cms/seed/readSeedFiles'
import { seedPortal } from '../../cms/seed/seedPortal'
import { config } from '../../domain/config'
import { createTestPayload } from './harness'
import { createUser } from './fixtures'

/**
 * One record per real organisation: councils matched by the local authority
 * register, display names as people write them, matches on a name alone held
 * for a curator, and merges. On rows of the real 2022-23 London file.
 */
const GPG = join(config.referenceDataDir, 'gpg/gpg_london_2022-23.csv')
const present = existsSync(GPG) && existsSync(config.localAuthoritiesDir) && existsSync(config.sicDir)
if (!present)
  console.warn(`Skipping organisation identity tests: ${GPG}, the local authority register or SIC 2007 is absent (../shared/data).`)

let payload: Payload
let cleanup: () => Promise<void>
const dir = mkdtempSync(join(tmpdir(), 'gpg-identity-'))

/** A file of the real file's rows for these employers, in the service's own layout. */
function rowsOf(names: string[], file = 'identity-2022-23.csv', edit: (row: Record<string, string>) => void = () => {}): string {
  const rows = parse(readFileSync(GPG), { columns: true, bom: true }) as Array<Record<string, string>>
  const chosen = rows.filter((r) => names.includes(r.EmployerName))
  expect(chosen.map((r) => r.EmployerName).sort()).toEqual([...names].sort())
  chosen.forEach(edit)
  const path = join(dir, file)
  writeFileSync(path, stringify(chosen, { header: true, quoted: true }))
  return path
}

const bySlug = async (slug: string) =>
  (await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, draft: true, depth: 0 })).docs[0]

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  await seedPortal(payload, readSeedFiles())
}, 120_000)
afterAll(async () => cleanup?.())

describe.runIf(present)('one record per real organisation', () => {
  it('puts a council’s pay gap row on the seeded council, whatever the service calls it', async () => {
    const councils = [
      'London Borough of Camden',
      'London Borough of Islington',
      'The London Borough Of Lewisham',
      'London Borough of Barking and Dagenham',
    ]
    const summary = await importGpgFile(payload, rowsOf([...councils, 'Greater London Authority', 'Transport for London']))
    expect(summary.rejected).toEqual([])
    for (const [slug, code] of [
      ['camden-council', 'CMD'],
      ['islington-council', 'ISL'],
      ['lewisham-council', 'LEW'],
      ['barking-and-dagenham-council', 'BDG'],
      ['greater-london-authority', 'GLA'],
      ['transport-for-london', undefined],
    ] as const) {
      const organisation = await bySlug(slug)
      expect(organisation.identifiers?.localAuthorityCode ?? undefined, slug).toBe(code)
      const reports = await payload.find({ collection: 'pay-gap-reports', where: { organisation: { equals: organisation.id } }, depth: 0 })
      expect(
        reports.docs.map((r) => r.year),
        slug,
      ).toEqual([2022])
    }
    // Camden's commitments and its pay gaps are on one record, still called as the portal calls it.
    const camden = await bySlug('camden-council')
    expect(camden.name).toBe('Camden Council')
    expect(camden.legalName).toBe('London Borough of Camden')
    expect(camden.industries?.map((i) => [i.code, i.section])).toEqual([['84110', 'O']])
    const stray = await payload.find({ collection: 'organisations', where: { name: { like: 'London Borough' } }, draft: true })
    expect(stray.docs.map((o) => o.name)).toEqual([])
    expect(summary.organisationsCreated).toBe(0)
  })

  it('names new employers as people write them, keeps the published name, and classifies them', async () => {
    await importGpgFile(
      payload,
      rowsOf(
        ['AMWINS GLOBAL RISKS GROUP LIMITED', 'TOTALENERGIES E&P UK LIMITED', 'Ofcom', 'Barking & Dagenham College'],
        'new-2022-23.csv',
      ),
    )
    const find = async (legalName: string) =>
      (await payload.find({ collection: 'organisations', where: { legalName: { equals: legalName } }, depth: 0 })).docs[0]
    expect(await find('AMWINS GLOBAL RISKS GROUP LIMITED')).toMatchObject({
      name: 'Amwins Global Risks Group Limited',
      sector: 'business',
      inLondon: 'yes',
      boroughs: ['city-of-london'],
    })
    expect(await find('TOTALENERGIES E&P UK LIMITED')).toMatchObject({ name: 'Totalenergies E&P UK Limited', sector: 'business' })
    expect((await find('TOTALENERGIES E&P UK LIMITED')).industries?.[0]).toMatchObject({ code: '06100', division: '06', section: 'B' })
    // Ofcom gives "1" (none) and 65300, pension funding: the sector follows what the employer reports.
    expect(await find('Ofcom')).toMatchObject({ name: 'Ofcom', sector: 'business', boroughs: ['southwark'] })
    expect((await find('Ofcom')).industries?.map((i) => [i.code, i.section])).toEqual([['65300', 'K']])
    expect(await find('Barking & Dagenham College')).toMatchObject({ sector: 'education', boroughs: ['havering'] })
  })

  it('renames an employer from a later year’s name, keeping the old one as a former name', async () => {
    const path = rowsOf(['AMWINS GLOBAL RISKS GROUP LIMITED'], 'renamed-2023-24.csv', (row) => {
      row.CurrentName = 'AMWINS INTERNATIONAL LIMITED'
      row.DueDate = '2024/04/04 00:00:00'
    })
    await importGpgFile(payload, path)
    const { docs } = await payload.find({
      collection: 'organisations',
      where: { 'identifiers.gpgEmployerId': { equals: '12173' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ name: 'Amwins International Limited', legalName: 'AMWINS INTERNATIONAL LIMITED' })
    expect(docs[0].formerNames?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['AMWINS GLOBAL RISKS GROUP LIMITED', 'Amwins Global Risks Group Limited']),
    )
  })

  it('holds a match on a name alone for a curator, and carries out the decision', async () => {
    // An organisation a person added, with no identifiers and no address.
    const candidate = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Octavia Housing',
        slug: 'octavia-housing',
        sector: 'housing-associations',
        sizeBand: 'not-stated',
        lpbMembership: 'not-stated',
        _status: 'published',
      },
      context: { disableSiteRebuild: true },
    })
    const summary = await importGpgFile(payload, rowsOf(['OCTAVIA HOUSING'], 'octavia-2022-23.csv'))
    expect(summary.notes.join(' ')).toMatch(
      /1 organisation matched an existing one by name only.*stored against a new unpublished organisation/,
    )
    const { docs: reviews } = await payload.find({ collection: 'match-reviews', where: { candidate: { equals: candidate.id } }, depth: 0 })
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ state: 'pending', publishedName: 'OCTAVIA HOUSING', sourceFile: 'octavia-2022-23.csv' })
    const heldAs = reviews[0].heldAs as number
    expect((await payload.findByID({ collection: 'organisations', id: heldAs, draft: true }))._status).toBe('draft')
    const report = async () =>
      (
        await payload.find({
          collection: 'pay-gap-reports',
          where: { 'provenance.sourceFile': { equals: 'octavia-2022-23.csv' } },
          depth: 0,
        })
      ).docs[0]
    expect((await report()).organisation).toBe(heldAs)
    expect((await payload.find({ collection: 'pay-gap-reports', where: { organisation: { equals: candidate.id } } })).totalDocs).toBe(0)

    // The same file again neither asks again nor adds another organisation.
    const again = await importGpgFile(payload, rowsOf(['OCTAVIA HOUSING'], 'octavia-2022-23.csv'))
    expect(again).toMatchObject({ organisationsCreated: 0, unchanged: 1 })
    expect((await payload.count({ collection: 'match-reviews' })).totalDocs).toBe(1)

    const curator = await createUser(payload, 'curator@identity.test', 'curator')
    // It is in the curators' queue, beside the import it came from.
    const { waitingItems } = await import('../../cms/lib/curatorQueue')
    expect((await waitingItems(payload, curator)).filter((i) => i.collection === 'match-reviews').map((i) => [i.title, i.kind])).toEqual([
      ['OCTAVIA HOUSING → Octavia Housing?', 'Match to review (import of octavia-2022-23.csv)'],
    ])
    await payload.update({
      collection: 'match-reviews',
      id: reviews[0].id,
      data: { state: 'accepted' },
      user: curator,
      overrideAccess: false,
    })
    expect((await report()).organisation).toBe(candidate.id)
    const held = await payload.findByID({ collection: 'organisations', id: heldAs, draft: true, depth: 0 })
    expect(held.mergedInto).toBe(candidate.id)
    // Later imports follow the decision.
    const third = await importGpgFile(payload, rowsOf(['OCTAVIA HOUSING'], 'octavia-2022-23.csv'))
    expect(third).toMatchObject({ organisationsCreated: 0 })
    expect((await report()).organisation).toBe(candidate.id)
  })

  it('merges two organisations: everything attached moves, the old address is kept for a redirect, and it is in the history', async () => {
    const islington = await bySlug('islington-council')
    const duplicate = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Islington LBC',
        slug: 'islington-lbc',
        sector: 'local-government',
        sizeBand: 'not-stated',
        lpbMembership: 'not-stated',
        _status: 'published',
      },
      context: { disableSiteRebuild: true },
    })
    const commitments = await payload.find({
      collection: 'commitments',
      where: { organisation: { equals: islington.id } },
      depth: 0,
      limit: 1,
    })
    expect(commitments.docs.length).toBeGreaterThan(0)
    // Attach things to the duplicate: a pay gap report moved to it and a grant it funds and receives.
    const report = (await payload.find({ collection: 'pay-gap-reports', where: { organisation: { equals: islington.id } }, depth: 0 }))
      .docs[0]
    await payload.update({
      collection: 'pay-gap-reports',
      id: report.id,
      data: { organisation: duplicate.id },
      context: { importing: true, disableSiteRebuild: true },
    })
    await payload.update({
      collection: 'commitments',
      id: commitments.docs[0].id,
      data: { organisation: duplicate.id },
      context: { importing: true, disableSiteRebuild: true },
    })
    const versionsBefore = (await payload.countVersions({ collection: 'organisations', where: { parent: { equals: islington.id } } }))
      .totalDocs

    const { mergeOrganisations } = await import('../../cms/lib/mergeOrganisations')
    const { withTransaction } = await import('../../cms/lib/withTransaction')
    const result = await withTransaction(payload, (req) => mergeOrganisations(payload, req, duplicate.id, islington.id))
    expect(result.moved).toMatchObject({ 'pay-gap-reports': 1, commitments: 1 })
    expect((await payload.findByID({ collection: 'pay-gap-reports', id: report.id, depth: 0 })).organisation).toBe(islington.id)
    expect((await payload.findByID({ collection: 'commitments', id: commitments.docs[0].id, depth: 0, draft: true })).organisation).toBe(
      islington.id,
    )
    const merged = await bySlug('islington-council')
    expect(merged.formerSlugs?.map((f) => [f.slug, f.name])).toEqual([['islington-lbc', 'Islington LBC']])
    expect(merged.formerNames?.map((f) => f.name)).toContain('Islington LBC')
    const old = await bySlug('islington-lbc')
    expect(old).toMatchObject({ mergedInto: islington.id, _status: 'draft' })
    expect(
      (await payload.countVersions({ collection: 'organisations', where: { parent: { equals: islington.id } } })).totalDocs,
    ).toBeGreaterThan(versionsBefore)
    await expect(withTransaction(payload, (req) => mergeOrganisations(payload, req, duplicate.id, islington.id))).rejects.toThrow(
      /already merged/,
    )
  })
})
