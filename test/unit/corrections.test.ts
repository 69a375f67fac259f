import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readProblemReport } from '../../cms/collections/ProblemReports/readProblemReport'
import { publishedChanges } from '../../cms/collections/Corrections/trackedFields'
import { toCsv } from '../../site/lib/csv'
import { compareReleases, releaseNote } from '../../site/lib/datasets/releaseNote'
import { datasetSpecs } from '../../site/lib/datasets/registry'
import { toXlsx } from '../../site/lib/xlsx'
import { syntheticContent } from './syntheticContent'

const content = syntheticContent()
const organisations = datasetSpecs(content).find((d) => d.slug === 'organisations')!

describe('what counts as a correction', () => {
  it('is a published value replaced or removed, not one added where there was none', () => {
    const before = { meanHourlyGap: { value: -25, status: 'reported' }, headcount: null }
    const after = { meanHourlyGap: { value: -2.5, status: 'reported' }, headcount: 40 }
    expect(publishedChanges('pay-gap-reports', before, after)).toEqual([
      { field: 'meanHourlyGap.value', fieldLabel: 'Mean hourly pay gap', oldValue: '-25', newValue: '-2.5' },
    ])
  })

  it('compares workforce counts by characteristic and category, not by position', () => {
    const a = { characteristic: 'ethnicity', category: 'white', headcount: 30, status: 'reported' }
    const b = { characteristic: 'ethnicity', category: 'black', headcount: null, status: 'withheld', symbol: '<5' }
    expect(publishedChanges('workforce-profiles', { counts: [a, b] }, { counts: [b, a] })).toEqual([])
    expect(publishedChanges('workforce-profiles', { counts: [a, b] }, { counts: [{ ...a, headcount: 31 }, b] })).toEqual([
      { field: 'counts.ethnicity/white', fieldLabel: 'Headcount, ethnicity/white', oldValue: '30', newValue: '31' },
    ])
  })
})

describe('release notes', () => {
  const rows = organisations.rows(content)
  const csv = (r: typeof rows) =>
    toCsv(
      organisations.fields.map((f) => f.name),
      r,
    )

  it('count rows added, changed and removed by primary key, and list the corrections', () => {
    const changed = [
      { ...rows[0], name: 'Example Trust' },
      { ...rows[0], organisation_slug: 'new-one' },
    ]
    const changes = compareReleases(organisations, csv(rows), csv(changed))
    expect(changes).toEqual({ added: 1, changed: 1, removed: 0, rowCount: 2 })
    expect(releaseNote(2, changes, content.corrections)).toBe(
      '1 row added, 1 row changed, 0 rows removed (2 rows in all). Corrections: Example Trust: gender pay gap 2022: Mean hourly pay gap -25 → -2.5 (A decimal point was lost when the figure was typed in.).',
    )
    expect(releaseNote(1, compareReleases(organisations, undefined, csv(rows)), [])).toBe('First release: 1 row.')
  })
})

describe('the Excel workbook', () => {
  it('keeps text as text (leading zeros, £, a leading =) and numbers as numbers', async () => {
    const rows = [{ ...organisations.rows(content)[0], description: 'Raised £1,000 for London’s boroughs' }]
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await toXlsx(organisations.title, organisations.fields, rows)) as never)
    const sheet = workbook.getWorksheet('Data')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(organisations.fields.map((f) => f.name))
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value
    expect(cell('companies_house_number')).toBe('01234567')
    expect(cell('name')).toBe('=Example Trust')
    expect(cell('description')).toBe('Raised £1,000 for London’s boroughs')
    expect(cell('published_commitments')).toBe(1)
  })
})

describe('a problem report from the public form', () => {
  const now = 1_800_000_000_000
  const form = (fields: Record<string, string>) =>
    new URLSearchParams({
      record: 'pay-gap-reports:9',
      message: 'The mean gap is a tenth of what was published.',
      started_at: String(now - 60_000),
      ...fields,
    })

  it('is read with its record and message, markup removed', () => {
    expect(
      readProblemReport(
        form({ message: 'The figure <b>-25</b> should be <script>x</script>-2.5', page: '/organisations/example-trust/' }),
        now,
      ),
    ).toEqual({
      kind: 'report',
      collection: 'pay-gap-reports',
      recordId: '9',
      page: '/organisations/example-trust/',
      message: 'The figure -25 should be x -2.5',
      email: undefined,
    })
  })

  it('is dropped when the honeypot is filled, and refused when sent too fast, too long or with too many links', () => {
    expect(readProblemReport(form({ website: 'http://spam.example' }), now)).toEqual({ kind: 'bot' })
    expect(readProblemReport(form({ started_at: String(now - 500) }), now)).toMatchObject({ kind: 'refused', status: 400 })
    expect(readProblemReport(form({ message: 'x'.repeat(2001) }), now)).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('2000'),
    })
    expect(readProblemReport(form({ message: 'see http://a.example http://b.example http://c.example' }), now)).toMatchObject({
      kind: 'refused',
    })
    expect(readProblemReport(form({ record: 'users:1' }), now)).toMatchObject({ kind: 'refused' })
    expect(readProblemReport(form({ email: 'not an address' }), now)).toMatchObject({ kind: 'refused' })
  })
})
