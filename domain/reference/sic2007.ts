import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { config } from '../config'

/**
 * UK SIC 2007 (shared/data/reference/sic2007): the register's hierarchy
 * (`01.11`, `93.19/9`, parents as CURIEs up to the division `01` and section
 * `A`) and Companies House's five-digit codes (`01110`, `93199`), which is what
 * the Gender Pay Gap Service's SicCodes column holds.
 */
export interface Industry {
  /** Five digits as Companies House writes them, e.g. 84110. */
  code: string
  name: string
  /** The division, e.g. 84, and its name; absent for Companies House's own codes. */
  division?: string
  divisionName?: string
  /** The section letter, e.g. O, and its name. */
  section?: string
  sectionName?: string
}

/** Companies House codes that are not SIC 2007: non-trading, residents' property management, dormant. */
export const COMPANIES_HOUSE_ONLY = new Set(['74990', '98000', '99999'])

/**
 * The codes in a SicCodes cell: a comma list that may hold newlines, drops
 * leading zeros (`6100` is `06100`) and uses `1` for an employer with no SIC.
 * Returns five-digit codes, without `1`, in the order given, each once.
 */
export function parseSicCodes(cell: string | null | undefined): { codes: string[]; unreadable: string[] } {
  const codes: string[] = []
  const unreadable: string[] = []
  for (const part of (cell ?? '').split(/[\s,;]+/)) {
    if (part === '' || part === '1') continue
    if (!/^\d{4,5}$/.test(part)) {
      unreadable.push(part)
      continue
    }
    const code = part.padStart(5, '0')
    if (!codes.includes(code)) codes.push(code)
  }
  return { codes, unreadable }
}

/** The register's key for a five-digit code: 85200 -> 85.20, 93199 -> 93.19/9. */
export function registerKey(code: string): string {
  const cls = `${code.slice(0, 2)}.${code.slice(2, 4)}`
  return code[4] === '0' ? cls : `${cls}/${code[4]}`
}

interface RegisterRow {
  name: string
  parent?: string
}

export class SicClassification {
  constructor(
    private readonly register: Map<string, RegisterRow>,
    private readonly companiesHouse: Map<string, string>,
  ) {}

  get size(): number {
    return this.register.size
  }

  /** A code's place in SIC 2007, or undefined when neither list knows it. */
  industry(code: string): Industry | undefined {
    const chName = this.companiesHouse.get(code)
    if (COMPANIES_HOUSE_ONLY.has(code)) return chName ? { code, name: chName } : undefined
    // Walk up from the subclass (or class) to the division and section; a code finer than the register knows starts at its class.
    let key: string | undefined = [registerKey(code), registerKey(code).replace(/\/\d$/, '')].find((k) => this.register.has(k))
    if (!key) return undefined
    const industry: Industry = { code, name: chName ?? this.register.get(key)!.name }
    for (let guard = 0; key && guard < 8; guard++) {
      const row: RegisterRow = this.register.get(key)!
      if (/^\d{2}$/.test(key)) Object.assign(industry, { division: key, divisionName: row.name })
      if (/^[A-U]$/.test(key)) Object.assign(industry, { section: key, sectionName: row.name })
      const parent: string | undefined = row.parent?.replace(/^industrial-classification-2007:/, '')
      key = parent && this.register.has(parent) ? parent : undefined
    }
    return industry
  }
}

let cached: { dir: string; sic: SicClassification } | undefined

/** SIC 2007 from SIC2007_DIR; empty (nothing classified) when absent, which referenceFiles reports. */
export function loadSic2007(dir = config.sicDir): SicClassification {
  if (cached?.dir === dir) return cached.sic
  const register = new Map<string, RegisterRow>()
  const companiesHouse = new Map<string, string>()
  const registerFile = join(dir, 'industrial-classification-2007.tsv')
  const chFile = join(dir, 'companies-house-sic-codes.tsv')
  const tsv = (file: string) =>
    parse(readFileSync(file, 'utf8'), { columns: true, bom: true, delimiter: '\t', relax_quotes: true }) as Array<Record<string, string>>
  if (existsSync(registerFile))
    for (const r of tsv(registerFile)) register.set(r['industrial-classification-2007'], { name: r.name, parent: r.parent || undefined })
  if (existsSync(chFile)) for (const r of tsv(chFile)) companiesHouse.set(r['industrial-classification'], r.name)
  const sic = new SicClassification(register, companiesHouse)
  cached = { dir, sic }
  return sic
}
