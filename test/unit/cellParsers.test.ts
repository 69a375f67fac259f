import { describe, expect, it } from 'vitest'
import { parseBoolean, parseDateTime, parseNumber } from '../../domain/cells'
import { normaliseCompanyNumber, normaliseLink } from '../../cms/importers/gpg/gpgRecord'

describe('cells as published and as spreadsheets re-save them', () => {
  it.each([
    ['2023/04/05 00:00:00', '2023-04-05T00:00:00.000Z'],
    ['2023/03/31 12:21:39', '2023-03-31T12:21:39.000Z'],
    ['05/04/2023 00:00', '2023-04-05T00:00:00.000Z'],
    ['31/03/2023 12:21', '2023-03-31T12:21:00.000Z'],
    ['5/4/2023', '2023-04-05T00:00:00.000Z'],
    ['2023-04-05', '2023-04-05T00:00:00.000Z'],
  ])('reads the date %j', (text, iso) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: iso })
  })

  // Every layout the service and common spreadsheets write: separators / - ., with or without a time or its seconds, ISO.
  it.each([
    ['05-04-2025 00:00', '2025-04-05T00:00:00.000Z'],
    ['05-04-2025 00:00:00', '2025-04-05T00:00:00.000Z'],
    ['05-04-2025', '2025-04-05T00:00:00.000Z'],
    ['05.04.2025', '2025-04-05T00:00:00.000Z'],
    ['05.04.2025 13:14', '2025-04-05T13:14:00.000Z'],
    ['5.4.2025 13:14:15', '2025-04-05T13:14:15.000Z'],
    ['05/04/2025 07:08:09', '2025-04-05T07:08:09.000Z'],
    ['2025-04-05 07:08', '2025-04-05T07:08:00.000Z'],
    ['2025.04.05', '2025-04-05T00:00:00.000Z'],
    ['2025/4/5 7:08', '2025-04-05T07:08:00.000Z'],
    ['2025-04-05T07:08:09', '2025-04-05T07:08:09.000Z'],
    ['2025-04-05T07:08:09Z', '2025-04-05T07:08:09.000Z'],
    ['2025-04-05T07:08:09.250Z', '2025-04-05T07:08:09.250Z'],
    ['2025-04-05T08:08:09+01:00', '2025-04-05T07:08:09.000Z'],
    ['2025-04-05T08:08:09+0100', '2025-04-05T07:08:09.000Z'],
    ['  29/02/2024  00:00 ', '2024-02-29T00:00:00.000Z'],
  ])('reads the layout %j, day first unless the year comes first', (text, iso) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: iso })
  })

  it.each([
    ['29/02/2023', 'a real date, got "29/02/2023"'],
    ['31-04-2025 00:00', 'a real date, got "31-04-2025 00:00"'],
    ['2025-02-30', 'a real date, got "2025-02-30"'],
    ['05/04/2025 24:00', 'a real date, got "05/04/2025 24:00"'],
    ['05/04/2025 23:60', 'a real date, got "05/04/2025 23:60"'],
    ['04/25/2025', 'a real date, read day first (day, month, year), got "04/25/2025": 25 is not a month'],
    ['05/04/25', 'a date with its year in full (such as 05/04/2023), got "05/04/25", whose two-digit year could be any century'],
    ['05/04-2025', 'a date such as 2023/04/05 00:00:00, 05/04/2023 or 05-04-2023 00:00, got "05/04-2025"'],
    ['05/04/2025T00:00', 'a date such as 2023/04/05 00:00:00, 05/04/2023 or 05-04-2023 00:00, got "05/04/2025T00:00"'],
    ['2025/04/2025', 'a date with its year in full (such as 05/04/2023), got "2025/04/2025"'],
  ])('refuses %j, saying why', (text, expected) => {
    expect(parseDateTime(text)).toEqual({ ok: false, expected })
  })

  it('refuses dates that do not exist, saying what was expected', () => {
    expect(parseDateTime('31/02/2023')).toEqual({ ok: false, expected: 'a real date, got "31/02/2023"' })
    expect(parseDateTime('next April')).toMatchObject({ ok: false, expected: expect.stringContaining('2023/04/05 00:00:00') })
  })

  it.each([
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
    ['', null],
  ])('reads the boolean %j', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value })
  })

  it('reads numbers with many decimals, signs and blanks, and refuses words', () => {
    expect(parseNumber('19.0')).toEqual({ ok: true, value: 19 })
    expect(parseNumber('-12.345678901')).toEqual({ ok: true, value: -12.345678901 })
    expect(parseNumber(' ')).toEqual({ ok: true, value: null })
    expect(parseNumber('n/a')).toEqual({ ok: false, expected: 'a number, got "n/a"' })
  })

  it('restores company numbers whose leading zeros a spreadsheet dropped', () => {
    expect(normaliseCompanyNumber('7431144')).toBe('07431144')
    expect(normaliseCompanyNumber('SC123456')).toBe('SC123456')
    expect(normaliseCompanyNumber('not a number')).toBeNull()
  })

  it('adds the scheme to links published without one, and drops what is not a web address', () => {
    expect(normaliseLink('www.example.com/gpg')).toBe('https://www.example.com/gpg')
    expect(normaliseLink('javascript:alert(1)')).toBeNull()
  })
})
