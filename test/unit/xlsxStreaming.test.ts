import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { FieldSpec, Row } from '../../site/lib/datasets/types'
import { toXlsx } from '../../site/lib/xlsx'

/** The workbook is written row by row (ExcelJS's streaming writer); what is read back must be what was written. */
const fields: FieldSpec[] = [
  { name: 'name', type: 'string', title: 'Name', description: 'A name.' },
  { name: 'gap', type: 'number', title: 'Gap', description: 'A figure.' },
  { name: 'snapshot_date', type: 'date', title: 'Date', description: 'A date.' },
  { name: 'boroughs', type: 'string', title: 'Boroughs', description: 'A list.' },
] as FieldSpec[]

function* rows(count: number): Generator<Row> {
  for (let i = 0; i < count; i++)
    yield { name: i === 0 ? '=SUM(A1)' : `Row ${i}`, gap: i / 10, snapshot_date: '2024-04-05', boroughs: ['Camden', 'Hackney'] }
}

describe('toXlsx', () => {
  it('writes every row of an iterable, cells typed, and a sheet describing the columns', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await toXlsx('Test', fields, rows(5000))) as never)
    const data = workbook.getWorksheet('Data')!
    expect(data.rowCount).toBe(5001)
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(fields.map((f) => f.name))
    expect((data.getRow(2).values as unknown[]).slice(1)).toEqual(['=SUM(A1)', 0, new Date('2024-04-05T00:00:00Z'), 'Camden; Hackney'])
    expect(data.getRow(5001).getCell(2).value).toBe(499.9)
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const columns = workbook.getWorksheet('Columns')!
    expect(columns.getColumn(3).values.slice(2)).toEqual(fields.map((f) => f.description))
  })

  it('refuses more rows than a worksheet holds, naming the dataset, rather than write a sheet Excel would cut short', async () => {
    await expect(toXlsx('Long table', fields, rows(11), 10)).rejects.toThrow(
      '"Long table" has more rows than an Excel worksheet holds (10)',
    )
    await expect(toXlsx('Long table', fields, rows(10), 10)).resolves.toBeInstanceOf(Buffer)
  })

  it('gives the same bytes for the same rows', async () => {
    expect(Buffer.compare(await toXlsx('Test', fields, rows(10)), await toXlsx('Test', fields, rows(10)))).toBe(0)
  })
})
