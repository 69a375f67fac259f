import ExcelJS from 'exceljs'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Grant } from '../../cms/payload-types'
import { importGrants } from '../../cms/importers/threeSixtyGiving/importGrants'
import { ImportFileError } from '../../cms/importers/problems'
import { createTestPayload } from './harness'

/**
 * Most 360Giving publishers publish the standard's spreadsheet form. The real A
 * B Charitable Trust package is written here, through exceljs, as such a
 * workbook (a sheet named "grants" after a notes sheet, column titles as in the
 * flat CSV, amounts as numbers and award dates as date cells), and must import
 * to the same grants as the JSON it came from.
 */
const PUBLISHED = '../shared/data/360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json'
const haveData = existsSync(PUBLISHED)
if (!haveData) console.warn(`Skipping the 360Giving spreadsheet tests: ${PUBLISHED} is absent.`)
const dir = mkdtempSync(join(tmpdir(), 'fairer-city-grants-xlsx-'))
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/'

type SourceGrant = Record<string, unknown> & { id: string }
type Party = Record<string, string | undefined>

/** The flat layout's column titles (the schema's titles joined with colons) and where each cell comes from. */
const COLUMNS: Array<[string, (g: SourceGrant) => unknown]> = [
  ['Identifier', (g) => g.id],
  ['Title', (g) => g.title],
  ['Description', (g) => g.description],
  ['Currency', (g) => g.currency],
  ['Amount Awarded', (g) => g.amountAwarded],
  // A date cell, as a spreadsheet holds it.
  ['Award Date', (g) => new Date(g.awardDate as string)],
  ['From An Open Call?', (g) => g.fromOpenCall],
  ['Data Source', (g) => g.dataSource],
  ['Grant Programme:Code', (g) => (g.grantProgramme as Party[] | undefined)?.[0]?.code],
  ['Grant Programme:Title', (g) => (g.grantProgramme as Party[] | undefined)?.[0]?.title],
  ['Recipient Org:Identifier', (g) => (g.recipientOrganization as Party[])[0].id],
  ['Recipient Org:Name', (g) => (g.recipientOrganization as Party[])[0].name],
  ['Recipient Org:Charity Number', (g) => (g.recipientOrganization as Party[])[0].charityNumber],
  ['Recipient Org:Postal Code', (g) => (g.recipientOrganization as Party[])[0].postalCode],
  ['Recipient Org:Web Address', (g) => (g.recipientOrganization as Party[])[0].url],
  ['Beneficiary Location:Name', (g) => (g.beneficiaryLocation as Party[] | undefined)?.[0]?.name],
  ['Funding Org:Identifier', (g) => (g.fundingOrganization as Party[])[0].id],
  ['Funding Org:Name', (g) => (g.fundingOrganization as Party[])[0].name],
]

async function workbookFile(name: string, grants: SourceGrant[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Readme').addRow(['Grants awarded by A B Charitable Trust, in the 360Giving Data Standard'])
  const sheet = workbook.addWorksheet('grants')
  sheet.addRow(COLUMNS.map(([title]) => title))
  for (const grant of grants) sheet.addRow(COLUMNS.map(([, value]) => value(grant) ?? null))
  const path = join(dir, name)
  await workbook.xlsx.writeFile(path)
  return path
}

/** A grant as the portal shows and measures it: everything but the copy of the file and the bookkeeping. */
const portalFields = (g: Grant) => {
  const { id: _id, createdAt: _c, updatedAt: _u, published: _p, provenance, ...fields } = g
  return { ...fields, provenance: { ...provenance, sourceFile: undefined } }
}

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.runIf(haveData).sequential('360Giving grants in the spreadsheet form', { timeout: 300_000 }, () => {
  const source = haveData ? (JSON.parse(readFileSync(PUBLISHED, 'utf8')) as { grants: SourceGrant[] }).grants : []

  it('imports an XLSX workbook, read by content, to the same grants as its JSON', async () => {
    // Named .csv on purpose: the content, not the name, says what the file is.
    const xlsx = await workbookFile('abct-grants.csv', source)
    const fromSheet = await importGrants(payload, xlsx, { licence: LICENCE })
    expect(fromSheet).toMatchObject({ rows: source.length, created: source.length, rejected: [] })
    const sheetGrants = (await payload.find({ collection: 'grants', pagination: false, depth: 0, sort: 'grantId' })).docs
    expect(sheetGrants).toHaveLength(783)

    const fromJson = await importGrants(payload, PUBLISHED, { licence: LICENCE })
    // The JSON adds only what the flat layout does not carry (the publisher's own extra fields, kept in `published`).
    expect(fromJson).toMatchObject({ rows: 783, created: 0, organisationsCreated: 0 })
    const jsonGrants = (await payload.find({ collection: 'grants', pagination: false, depth: 0, sort: 'grantId' })).docs
    expect(jsonGrants.map(portalFields)).toEqual(sheetGrants.map(portalFields))
    expect(jsonGrants.reduce((sum, g) => sum + g.amountAwarded, 0)).toBe(12_785_625)
  })

  it('validates a spreadsheet as it does CSV, naming the grant’s row and field', async () => {
    const broken = source.slice(0, 3).map((g, i) => ({ ...g, id: `${g.id}-XLSX`, currency: i === 1 ? 'GPB' : g.currency }))
    const before = (await payload.count({ collection: 'grants' })).totalDocs
    const error = await importGrants(payload, await workbookFile('broken.xlsx', broken)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).problems.slice(1)).toEqual([expect.objectContaining({ row: 2, column: 'currency' })])
    expect((await payload.count({ collection: 'grants' })).totalDocs).toBe(before)
  })

  it('says what a file is when it is neither JSON, CSV nor XLSX', async () => {
    // An OpenDocument spreadsheet begins with its uncompressed "mimetype" entry (ODF 1.2, part 3, 3.3).
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet'
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(8, 26)
    const ods = join(dir, 'grants.ods')
    writeFileSync(ods, Buffer.concat([header, Buffer.from('mimetype' + mimetype)]))
    await expect(importGrants(payload, ods)).rejects.toThrow('is an OpenDocument spreadsheet (ODS)')

    const png = join(dir, 'grants.json')
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'))
    await expect(importGrants(payload, png)).rejects.toThrow(
      'grants.json: is neither a 360Giving JSON package, a CSV file nor an XLSX spreadsheet',
    )
  })
})
