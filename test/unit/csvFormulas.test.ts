import { describe, expect, it } from 'vitest'
import { runsAsFormula } from '../../domain/csvFormulas'
import { describeFormulaCells, formulaCells, markupIn } from '../../cms/lib/uploadChecks'

describe('cells a spreadsheet would run as formulas', () => {
  it('are text starting with = + - @, tab or CR; numbers, negative ones included, are data', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '@SUM(A1:A2)', "=cmd|' /C calc'!A0", '+44 20 7946 0000', '-x', '\tx', '\rx'])
      expect(runsAsFormula(cell), JSON.stringify(cell)).toBe(true)
    for (const cell of ['-5', '+3.5', '-1.2e3', 'Camden', '', 'a=b', '5-3', '-', '+'])
      expect(runsAsFormula(cell), JSON.stringify(cell)).toBe(false)
  })

  it('are found in a contributed CSV by row and column, quoted cells included', () => {
    const csv = Buffer.from('name,value\r\nCamden,-4.2\r\n"Brent","=HYPERLINK(""http://evil.example"",""x"")"\r\nEaling,@SUM(1)\r\n')
    const cells = formulaCells(csv)
    expect(cells.map((c) => [c.row, c.column])).toEqual([
      [3, 2],
      [4, 2],
    ])
    expect(describeFormulaCells('data.csv', cells)).toMatch(/^data\.csv has cells .*row 3, column 2 \("=HYPERLINK/)
  })

  it('markup is found anywhere in a text file, not only in its first 4 KB', () => {
    const late = Buffer.from(`a,b\n${'x,1\n'.repeat(2000)}<script>alert(1)</script>,2\n`)
    expect(late.length).toBeGreaterThan(4096)
    expect(markupIn(late, true)).toBe('<script')
    expect(markupIn(Buffer.from('a,b\n1,2\n'), true)).toBeUndefined()
  })
})
