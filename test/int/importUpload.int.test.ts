import ExcelJS from 'exceljs'
import { existsSync, readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Import } from '../../cms/payload-types'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import { blankTemplate } from '../../domain/csvTemplates/columns'
import { createOrganisation, createUser } from './fixtures'
import { createTestPayload } from './harness'

const header = blankTemplate(PAY_GAP_TEMPLATE).trim().split(',')
const GRANTS = '../shared/data/360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json'
const csvRow = (cells: Record<string, string>) => header.map((c) => cells[c] ?? '').join(',')

let payload: Payload
let cleanup: () => Promise<void>
let curator: Awaited<ReturnType<typeof createUser>>
let reporter: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
  const organisation = await createOrganisation(payload, 'Uploading Council')
  curator = await createUser(payload, 'curator@example.org', 'curator')
  reporter = await createUser(payload, 'reporter@example.org', 'reporter', organisation.id as number)
})
afterAll(async () => cleanup?.())

/** A file as the browser sends it: its bytes, its name and the type the browser claims. */
const file = (name: string, data: string | Buffer, mimetype = 'text/csv') => {
  const bytes = Buffer.from(data)
  return { name, data: bytes, mimetype, size: bytes.length }
}

/** Uploads a file as a user would in the admin, then waits for the import it starts to end. */
async function upload(name: string, text: string, user = curator, acceptPartial = false): Promise<Import> {
  const created = await payload.create({
    collection: 'imports',
    data: { kind: 'pay-gaps-template', status: 'queued', acceptPartial },
    file: file(name, text),
    user,
    overrideAccess: false,
  })
  expect(created.status).toBe('queued')
  for (let waited = 0; waited < 30_000; waited += 100) {
    const current = await payload.findByID({ collection: 'imports', id: created.id, overrideAccess: true })
    if (current.status !== 'queued') return current
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`import ${created.id} did not finish in 30 s`)
}

describe.sequential('importing an upload from the admin', () => {
  it('imports the file after the upload is saved, and records the summary and who started it', async () => {
    const rows = [
      csvRow({
        organisation: 'Uploading Council',
        year: '2024',
        characteristic: 'disability',
        reference_group: 'Not disabled',
        comparison_group: 'Disabled',
        mean_hourly_gap: '6.5',
      }),
      csvRow({
        organisation: 'Uploading Council',
        year: '2024',
        characteristic: 'gender',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: 'many',
      }),
    ]
    // Half the file is rejected: stored only because the curator accepts a partial import.
    const done = await upload('upload.csv', [header.join(','), ...rows].join('\r\n'), curator, true)
    expect(done).toMatchObject({ status: 'finished', counts: { rows: 2, created: 1, rejected: 1, organisationsCreated: 0 } })
    expect(done.summary).toContain('upload.csv, row 2, line 3, column mean_hourly_gap: expected a number')
    expect((done.startedBy as { id: number }).id ?? done.startedBy).toBe(curator.id)
    expect((await payload.count({ collection: 'pay-gap-reports' })).totalDocs).toBe(1)
  })

  it('refuses a file with more than 5% of its rows rejected, listing the first problems', async () => {
    const rows = [
      csvRow({
        organisation: 'Uploading Council',
        year: '2023',
        characteristic: 'disability',
        reference_group: 'Not disabled',
        comparison_group: 'Disabled',
        mean_hourly_gap: '4',
      }),
      csvRow({
        organisation: 'Uploading Council',
        year: '2023',
        characteristic: 'gender',
        reference_group: 'Men',
        comparison_group: 'Women',
        mean_hourly_gap: 'four',
      }),
    ]
    const before = (await payload.count({ collection: 'pay-gap-reports' })).totalDocs
    const done = await upload('mostly-wrong.csv', [header.join(','), ...rows].join('\r\n'))
    expect(done.status).toBe('refused')
    expect(done.summary).toMatch(/^Refused, nothing stored: mostly-wrong\.csv: 1 of its 2 rows \(50%\) were rejected, more than the 5%/)
    expect(done.summary).toContain('mostly-wrong.csv, row 2, line 3, column mean_hourly_gap: expected a number or one of the symbols')
    expect((await payload.count({ collection: 'pay-gap-reports' })).totalDocs).toBe(before)
  })

  it('records a refused file as refused, with the reason, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'pay-gap-reports' })).totalDocs
    const done = await upload('wrong.csv', 'EmployerName,DiffMeanHourlyPercent\r\nA,1\r\n')
    expect(done.status).toBe('refused')
    expect(done.summary).toMatch(/^Refused, nothing stored: wrong\.csv, row 0, column organisation, .*reference_group/)
    expect((await payload.count({ collection: 'pay-gap-reports' })).totalDocs).toBe(before)
  })

  it('lets only curators and admins upload or read imports', async () => {
    await expect(
      payload.create({
        collection: 'imports',
        data: { kind: 'pay-gaps-template', status: 'queued' },
        file: file('reporter.csv', `${header.join(',')}\r\n`),
        user: reporter,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'imports', user: reporter, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'imports', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('refuses a file that is not text, whatever its name', async () => {
    // A PNG, named .csv and claimed as text/csv: Payload detects its type by content and refuses it.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2b1b6b90000000049454e44ae426082',
      'hex',
    )
    const before = (await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs
    await expect(
      payload.create({
        collection: 'imports',
        data: { kind: 'pay-gaps-template', status: 'queued' },
        file: file('picture.csv', png),
        user: curator,
        overrideAccess: false,
      }),
    ).rejects.toThrow('The following field is invalid: file')
    expect((await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs).toBe(before)
  })

  it.runIf(existsSync(GRANTS))('imports a 360Giving package with the licence given with the upload', async () => {
    const grants = (JSON.parse(readFileSync(GRANTS, 'utf8')) as { grants: unknown[] }).grants.slice(0, 3)
    const created = await payload.create({
      collection: 'imports',
      data: {
        kind: 'grants',
        status: 'queued',
        licence: 'https://creativecommons.org/licenses/by/4.0/',
        publisher: 'A B Charitable Trust',
      },
      file: file('grants.json', JSON.stringify({ grants }), 'application/json'),
      user: curator,
      overrideAccess: false,
    })
    let done = created
    for (let waited = 0; done.status === 'queued' && waited < 30_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100))
      done = await payload.findByID({ collection: 'imports', id: created.id, overrideAccess: true })
    }
    expect(done).toMatchObject({ status: 'finished', counts: { rows: 3, created: 3 } })
    const { docs } = await payload.find({ collection: 'grants', depth: 0 })
    expect(docs.map((g) => g.provenance?.licence)).toEqual(Array(3).fill('https://creativecommons.org/licenses/by/4.0/'))
    expect(docs.every((g) => g.provenance?.publisher === 'A B Charitable Trust')).toBe(true)
  })

  it.runIf(existsSync(GRANTS))('imports 360Giving grants uploaded as an XLSX spreadsheet', async () => {
    const [grant] = (JSON.parse(readFileSync(GRANTS, 'utf8')) as { grants: Array<Record<string, unknown>> }).grants
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('grants')
    const party = (list: unknown) => (list as Array<Record<string, string>>)[0]
    sheet.addRow([
      'Identifier',
      'Title',
      'Description',
      'Currency',
      'Amount Awarded',
      'Award Date',
      'Recipient Org:Identifier',
      'Recipient Org:Name',
      'Funding Org:Identifier',
      'Funding Org:Name',
    ])
    sheet.addRow([
      `${grant.id}-UPLOAD`,
      grant.title,
      grant.description,
      grant.currency,
      grant.amountAwarded,
      new Date(grant.awardDate as string),
      party(grant.recipientOrganization).id,
      party(grant.recipientOrganization).name,
      party(grant.fundingOrganization).id,
      party(grant.fundingOrganization).name,
    ])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const created = await payload.create({
      collection: 'imports',
      data: { kind: 'grants', status: 'queued', licence: 'https://creativecommons.org/licenses/by/4.0/' },
      file: file('grants.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      user: curator,
      overrideAccess: false,
    })
    let done = created
    for (let waited = 0; done.status === 'queued' && waited < 30_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100))
      done = await payload.findByID({ collection: 'imports', id: created.id, overrideAccess: true })
    }
    expect(done).toMatchObject({ status: 'finished', counts: { rows: 1, created: 1 } })
    const { docs } = await payload.find({ collection: 'grants', where: { grantId: { equals: `${grant.id}-UPLOAD` } }, depth: 0 })
    expect(docs[0].amountAwarded).toBe(grant.amountAwarded)
  })
})
