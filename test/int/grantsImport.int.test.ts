import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grantsPackage } from '../../domain/funding/grantsPackage'
import { importGrants } from '../../cms/importers/threeSixtyGiving/importGrants'
import { ImportFileError } from '../../cms/importers/problems'
import { createTestPayload } from './harness'

const SHARED = '../shared/data/360giving'
const PUBLISHED = join(SHARED, 'published/ABCharitableTrust_a001p00000zgyHZAAY.json')
const haveData = existsSync(PUBLISHED)
if (!haveData) console.warn(`Skipping the 360Giving import tests: ${PUBLISHED} is absent.`)
const dir = mkdtempSync(join(tmpdir(), 'fairer-city-grants-'))

type SourceGrant = { id: string; amountAwarded: number; fundingOrganization: Array<{ id: string }>; [k: string]: unknown }
let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

/** A package of grants written to a file, for the refusal cases. */
function packageFile(name: string, grants: unknown[]): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ grants }))
  return path
}

async function refusal(path: string): Promise<ImportFileError> {
  const before = (await payload.count({ collection: 'grants' })).totalDocs
  const error = await importGrants(payload, path).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ImportFileError)
  expect((await payload.count({ collection: 'grants' })).totalDocs).toBe(before)
  return error as ImportFileError
}

describe.runIf(haveData).sequential('importing 360Giving grants', () => {
  const source = haveData ? (JSON.parse(readFileSync(PUBLISHED, 'utf8')) as { grants: SourceGrant[] }).grants : []

  it('imports every grant of A B Charitable Trust’s file, with each amount as published', async () => {
    const summary = await importGrants(payload, PUBLISHED, { licence: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(summary).toMatchObject({ rows: 783, created: 783, updated: 0, unchanged: 0, rejected: [] })
    const { docs } = await payload.find({ collection: 'grants', pagination: false, depth: 1 })
    expect(docs).toHaveLength(783)
    const total = docs.reduce((sum, g) => sum + g.amountAwarded, 0)
    expect(total).toBe(12_785_625)
    expect(total).toBe(source.reduce((sum, g) => sum + g.amountAwarded, 0))
    const byId = new Map(docs.map((g) => [g.grantId, g]))
    for (const grant of source) expect(byId.get(grant.id)?.amountAwarded, grant.id).toBe(grant.amountAwarded)
    // One funder, matched by org-id, becomes one organisation on the portal with that identifier.
    const funders = new Set(docs.map((g) => (g.funder.organisation as { id: number }).id))
    expect(funders.size).toBe(1)
    expect((docs[0].funder.organisation as { identifiers?: { orgId?: string } }).identifiers?.orgId).toBe('GB-CHC-1000147')
    // Every recipient with a postcode is placed: in a borough, or outside London (HU1, Hull, is outside the lookup's areas).
    const organisations = await payload.find({ collection: 'organisations', draft: true, pagination: false, depth: 0 })
    const withPostcode = organisations.docs.filter((o) => o.postcode)
    expect(withPostcode.length).toBeGreaterThan(100)
    const unplaced = withPostcode.filter((o) => !(o.boroughs?.length || o.inLondon === 'no'))
    expect(unplaced.map((o) => `${o.name} ${o.postcode}`)).toEqual([])
    expect(organisations.docs.find((o) => o.postcode === 'HU1 3TG')).toMatchObject({ inLondon: 'no' })
  })

  it('changes nothing and makes no new versions when the same file is imported again', async () => {
    const versions = (await payload.countVersions({ collection: 'grants' })).totalDocs
    const organisations = (await payload.count({ collection: 'organisations' })).totalDocs
    const summary = await importGrants(payload, PUBLISHED, { licence: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 783, organisationsCreated: 0 })
    expect((await payload.countVersions({ collection: 'grants' })).totalDocs).toBe(versions)
    expect((await payload.count({ collection: 'organisations' })).totalDocs).toBe(organisations)
  })

  it('exports the stored grants as a package that validates against the official package schema', async () => {
    const { docs } = await payload.find({ collection: 'grants', pagination: false, depth: 0 })
    const pkg = grantsPackage(docs as never, { title: 'Test', description: 'Test export', publisher: { name: 'Test portal' } })
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    addFormats(ajv)
    const grantSchema = JSON.parse(readFileSync(join(SHARED, 'standard/schema/360-giving-schema.json'), 'utf8'))
    // The 1.4.3 package schema refers to the grant schema at its 1.4.2 address.
    ajv.addSchema({
      ...grantSchema,
      $id: 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json',
    })
    const validate = ajv.compile(JSON.parse(readFileSync(join(SHARED, 'standard/schema/360-giving-package-schema.json'), 'utf8')))
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(pkg.grants).toHaveLength(783)
    expect(pkg.license).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(new Set(pkg.grants.map((g) => g.id))).toEqual(new Set(source.map((g) => g.id)))
  })

  it('refuses invalid grants, naming grant, field and rule, and stores nothing from the file', async () => {
    const [a, b, c, d] = source.slice(0, 4).map((g) => ({ ...g, id: `${g.id}-NEW` }))
    const { id: _dropped, ...noIdentifier } = a
    const error = await refusal(
      packageFile('invalid.json', [
        noIdentifier,
        { ...b, currency: 'GPB' },
        { ...c, amountAwarded: '30000' },
        { ...d, awardDate: '26/01/2021' },
      ]),
    )
    const problems = error.problems.slice(1)
    expect(problems.map((p) => [p.record, p.column])).toEqual([
      ['grant 1', 'id'],
      [`grant "${b.id}"`, 'currency'],
      [`grant "${c.id}"`, 'amountAwarded'],
      [`grant "${d.id}"`, 'awardDate'],
    ])
    expect(problems[0].message).toBe('is required (rule: required).')
    expect(problems[1].message).toContain('got "GPB" (rule: enum)')
    expect(problems[2].message).toBe('must be number, got "30000" (rule: type).')
    expect(problems[3].message).toContain('got "26/01/2021"')
    expect(error.message).toMatch(/^invalid\.json: 4 of 4 grants break/)
  })

  it('refuses unknown DEI codes, repeated identifiers, malformed JSON and a file that is not a package', async () => {
    const grant = { ...source[0], id: 'TEST-DEI-1' }
    const dei = await refusal(
      packageFile('dei.json', [
        {
          ...grant,
          deiDetails: { leadership: { askedStatus: 'AS999' }, mission: { askedStatus: 'AS100' }, project: { askedStatus: 'AS100' } },
        },
        grant,
      ]),
    )
    expect(dei.problems.slice(1).map((p) => [p.column, p.message])).toEqual([
      ['deiDetails.leadership.askedStatus', '"AS999" is not in the DEI extension\'s askedStatus codelist (rule: codelist).'],
      ['id', 'repeats the identifier of grant 1; identifiers must be unique.'],
    ])

    const truncated = join(dir, 'truncated.json')
    writeFileSync(truncated, JSON.stringify({ grants: source.slice(0, 3) }, null, 1).slice(0, -50))
    const malformed = await refusal(truncated)
    expect(malformed.problem).toMatchObject({ file: 'truncated.json', line: expect.any(Number) })
    expect(malformed.message).toContain('is not valid JSON')

    const bare = join(dir, 'array.json')
    writeFileSync(bare, JSON.stringify(source.slice(0, 1)))
    const array = await refusal(bare)
    expect(array.message).toContain('not a 360Giving package')
  })

  it('reads the flat CSV layout, by the schema’s titles, with the DEI extension', async () => {
    const path = join(dir, 'flat.csv')
    writeFileSync(
      path,
      [
        'Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Recipient Org:Charity Number,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,Beneficiary Location:Name,DEI Details:Leadership:Asked Status,DEI Details:Leadership:Reply Status,DEI Details:Leadership:Response:Taxonomy Codes,DEI Details:Mission:Asked Status,DEI Details:Project:Asked Status,Internal Notes',
        '360G-FLAT-1,Youth work,"A grant, with a comma",GBP,"12,500",2024-04-01,GB-CHC-1126147,Access to Justice Foundation,1126147,GB-GOR-PB188,Example Council,Communities,Hackney,AS200,RS200,DEI010100;DEI010200,AS100,AS100,not for publication',
      ].join('\r\n'),
    )
    const summary = await importGrants(payload, path)
    expect(summary).toMatchObject({ rows: 1, created: 1 })
    expect(summary.notes.join(' ')).toContain('columns not in the 360Giving standard, not imported: Internal Notes')
    const { docs } = await payload.find({ collection: 'grants', where: { grantId: { equals: '360G-FLAT-1' } }, depth: 1 })
    expect(docs[0]).toMatchObject({
      amountAwarded: 12500,
      programme: 'Communities',
      dei: { leadership: { askedStatus: 'AS200', replyStatus: 'RS200', taxonomyCodes: ['DEI010100', 'DEI010200'] } },
    })
    // The recipient is the organisation the JSON file created, matched by its org-id.
    const recipient = source.find((g) => (g.recipientOrganization as Array<{ id: string }>)[0].id === 'GB-CHC-1126147')
    expect(recipient).toBeDefined()
    const earlier = await payload.find({ collection: 'grants', where: { grantId: { equals: recipient!.id } }, depth: 0 })
    expect(docs[0].recipient.organisation && (docs[0].recipient.organisation as { id: number }).id).toBe(
      earlier.docs[0].recipient.organisation,
    )
  })
})
