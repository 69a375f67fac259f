import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, neutraliseFormula, toCsv } from '../../site/lib/csv'

describe('toCsv', () => {
  it('writes RFC 4180: CRLF, quoting only where needed, doubled quotes', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: 'plain', b: 'has, comma', c: 'say "hi"' },
        { a: 'two\nlines', b: 3.5, c: null },
      ],
    )
    expect(csv).toBe('a,b,c\r\nplain,"has, comma","say ""hi"""\r\n"two\nlines",3.5,\r\n')
  })

  it('round-trips through a CSV parser', () => {
    const rows = [{ name: 'Çafé “London”', note: 'line1\r\nline2', list: ['x', 'y'] }]
    const parsed = parse(toCsv(['name', 'note', 'list'], rows), { columns: true })
    expect(parsed).toEqual([{ name: 'Çafé “London”', note: 'line1\r\nline2', list: 'x; y' }])
  })

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 20 7983 4000', "'+44 20 7983 4000"],
    ['-1+1', "'-1+1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ['safe = text', 'safe = text'],
  ])('neutralises a text cell starting %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected)
    expect(csvCell(input)).toBe(expected)
  })

  it('keeps numbers numeric, including negative ones, and writes booleans and blanks plainly', () => {
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(['=a', 'b'])).toBe("'=a; b")
  })
})
