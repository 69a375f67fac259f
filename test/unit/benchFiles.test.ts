import { parse } from 'csv-parse/sync'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeSyntheticGpgFile } from '../../scripts/bench/syntheticGpgFile'
import { writeSyntheticGrantsFile } from '../../scripts/bench/syntheticGrantsFile'
import { writeUkSizeGpgFile } from '../../scripts/bench/ukSizeGpgFile'

const londonFile = '../shared/data/gpg/gpg_london_2022-23.csv'
const present = existsSync(londonFile)
if (!present) console.warn(`Skipping the benchmark's file makers: ${londonFile} is absent.`)
const dir = mkdtempSync(join(tmpdir(), 'bench-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const read = (file: string) => parse(readFileSync(file), { columns: true, bom: true }) as Array<Record<string, string>>

describe.skipIf(!present)("the benchmark's synthetic Gender Pay Gap Service files", () => {
  it('names every organisation as synthetic, keeps its EmployerId across years and moves the DueDate to the year', () => {
    const early = join(dir, 'early.csv')
    const late = join(dir, 'late.csv')
    expect(writeSyntheticGpgFile(londonFile, early, 50, 2017)).toBe(50)
    writeSyntheticGpgFile(londonFile, late, 50, 2021)
    const [a, b] = [read(early), read(late)]
    expect(a).toHaveLength(50)
    expect(a.every((r) => /^Synthetic organisation \d{5}$/.test(r.EmployerName!) && r.CompanyNumber === '')).toBe(true)
    expect(a.map((r) => r.EmployerId)).toEqual(b.map((r) => r.EmployerId))
    expect(new Set(a.map((r) => r.DueDate!.match(/\b(?:19|20)\d\d\b/)?.[0]))).toEqual(new Set(['2018']))
    expect(new Set(b.map((r) => r.DueDate!.match(/\b(?:19|20)\d\d\b/)?.[0]))).toEqual(new Set(['2022']))
  })

  it('makes a UK-size file of distinct employers, the copies named synthetic', () => {
    const file = join(dir, 'uk.csv')
    expect(writeUkSizeGpgFile(londonFile, file, 4_000)).toBe(4_000)
    const rows = read(file)
    expect(new Set(rows.map((r) => r.EmployerId)).size).toBe(4_000)
    expect(rows.slice(3_000).every((r) => r.EmployerName!.includes('(synthetic copy 1)'))).toBe(true)
  })
})

const grantsFile = '../shared/data/360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json'
describe.skipIf(!existsSync(grantsFile))("the benchmark's synthetic 360Giving file", () => {
  it('writes the grants asked for, every title, recipient and funder named synthetic, with amounts and dates from real grants', () => {
    const file = join(dir, 'grants.json')
    expect(writeSyntheticGrantsFile(grantsFile, file, 1_000)).toBe(1_000)
    const { grants } = JSON.parse(readFileSync(file, 'utf8')) as { grants: Array<Record<string, any>> }
    expect(new Set(grants.map((g) => g.id)).size).toBe(1_000)
    expect(grants.every((g) => /^Synthetic grant \d{5}$/.test(g.title))).toBe(true)
    expect(grants.every((g) => /^Synthetic grant recipient \d{5}$/.test(g.recipientOrganization[0].name))).toBe(true)
    expect(grants.every((g) => g.fundingOrganization[0].name === 'Synthetic funder')).toBe(true)
    // Registered-charity numbers above any issued, so no synthetic recipient matches a real charity.
    expect(grants.every((g) => Number(g.recipientOrganization[0].charityNumber) >= 9_000_000)).toBe(true)
    expect(grants.every((g) => typeof g.amountAwarded === 'number' && !Number.isNaN(Date.parse(g.awardDate)))).toBe(true)
  })
})
