import type { Industry } from './reference/sic2007'

/**
 * The portal's sector for an employer known from published data, from its SIC
 * 2007 industries and (where SIC says nothing) its name. The rules, in order
 * (docs/decisions.md, "Sectors from SIC 2007"):
 * - a council in the local authority register is local government, whatever its codes;
 * - any health or social work code (Q86-88) is health: NHS trusts also list 84.12;
 * - any education code (P85) is education: academy trusts also list 84.12;
 * - trade unions (94.20) are trade unions; other membership bodies (94.1, 94.9) voluntary and community;
 * - legal activities (69.10) of a body named a law centre are law centres;
 * - a body with "housing" or "homes" in its name in real estate (L68), or with no usable code, is a housing association;
 * - other public administration (O84: ministries, regulators, the NAO) is "other", named "Public administration":
 *   the portal has no central-government sector and calling it local government would be wrong;
 * - every other section (A-N, R, S, T, U) is business;
 * - no usable code (`1`, or only Companies House's non-trading/dormant codes): NHS, school, academy,
 *   college or university in the name give health or education, a company's legal form (Limited, LLP, PLC,
 *   a branch, SA, GmbH, Inc) business, else "other".
 */
/** A company's legal form in its name: what a business calls itself, not a charity or public body. */
const COMPANY_FORM = /\b(limited|ltd|llp|plc|l\.?l\.?c|inc|s\.?a|sarl|gmbh|ag|n\.?v|b\.?v|branch|bank)\b\.?/i

export interface SectorChoice {
  sector:
    | 'health'
    | 'voluntary-community'
    | 'trade-unions'
    | 'business'
    | 'education'
    | 'local-government'
    | 'housing-associations'
    | 'law-centres'
    | 'other'
  sectorOther?: string
}

export function sectorFromIndustry(industries: Industry[], name: string, isCouncil: boolean): SectorChoice {
  if (isCouncil) return { sector: 'local-government' }
  const divisions = new Set(industries.map((i) => i.division).filter(Boolean))
  const sections = new Set(industries.map((i) => i.section).filter(Boolean))
  const has = (prefix: string) => industries.some((i) => i.code.startsWith(prefix))
  if (sections.has('Q')) return { sector: 'health' }
  if (sections.has('P')) return { sector: 'education' }
  if (has('9420')) return { sector: 'trade-unions' }
  if (has('941') || has('949')) return { sector: 'voluntary-community' }
  if (has('6910') && /\blaw cent(re|er)\b/i.test(name)) return { sector: 'law-centres' }
  const housingName = /\b(housing|homes)\b/i.test(name)
  if (divisions.has('68') && housingName) return { sector: 'housing-associations' }
  if (sections.has('O')) return { sector: 'other', sectorOther: 'Public administration' }
  if (sections.size > 0) return { sector: 'business' }
  if (/\bNHS\b|\bhospitals?\b/i.test(name)) return { sector: 'health' }
  if (/\b(school|academy|academies|college|university|education)\b/i.test(name)) return { sector: 'education' }
  if (housingName) return { sector: 'housing-associations' }
  if (COMPANY_FORM.test(name)) return { sector: 'business' }
  return { sector: 'other', sectorOther: 'Employer' }
}
