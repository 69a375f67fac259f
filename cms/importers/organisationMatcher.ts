import type { Payload, PayloadRequest } from 'payload'
import type { Organisation } from '../payload-types'
import { slugify } from '../../domain/vocabulary'

/**
 * Finds the portal organisation for an employer, funder or grant recipient in
 * published data: by org-id (360Giving), the Gender Pay Gap Service's
 * EmployerId, Companies House number or charity number, then by name (current
 * or former, ignoring case, punctuation and "Limited"/"Ltd"/"plc"). Creates the
 * organisation when none matches. Loads the directory once, so matching is fast.
 */
export interface EmployerIdentity {
  name: string
  otherNames?: string[]
  employerId?: string | null
  companyNumber?: string | null
  /** An org-id such as GB-CHC-1126147 (org-id.guide). */
  orgId?: string | null
  charityNumber?: string | null
  borough?: string
  employerSize?: string | null
  /** What to call a new organisation's sector: "Employer", "Funder", "Grant recipient". */
  sectorOther?: string
}

export function normaliseName(name: string): string {
  return name
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\b(THE|LIMITED|LTD|PLC|LLP|CIC|INCORPORATED|INC)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The service's size bands, on the portal's size ladder. "Less than 250" spans micro to medium, so it stays unstated. */
export function sizeBandFromEmployerSize(size: string | null | undefined): Organisation['sizeBand'] {
  switch ((size ?? '').trim()) {
    case '250 to 499':
    case '500 to 999':
    case '1000 to 4999':
      return 'large'
    case '5000 to 19,999':
    case '20,000 or more':
      return 'very-large'
    default:
      return 'not-stated'
  }
}

function contradicts(o: Organisation, employer: EmployerIdentity): boolean {
  const ids = o.identifiers
  const differ = (mine: string | null | undefined, theirs: string | null | undefined) => Boolean(mine && theirs && mine !== theirs)
  return (
    differ(ids?.companiesHouseNumber, employer.companyNumber) ||
    differ(ids?.gpgEmployerId, employer.employerId) ||
    differ(ids?.charityNumber, employer.charityNumber) ||
    differ(ids?.orgId, employer.orgId)
  )
}

export class OrganisationMatcher {
  private byEmployerId = new Map<string, Organisation>()
  private byCompany = new Map<string, Organisation>()
  private byOrgId = new Map<string, Organisation>()
  private byCharity = new Map<string, Organisation>()
  private byName = new Map<string, Organisation>()
  private slugs = new Set<string>()
  created = 0

  private constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
  ) {}

  static async load(payload: Payload, req: PayloadRequest): Promise<OrganisationMatcher> {
    const matcher = new OrganisationMatcher(payload, req)
    const { docs } = await payload.find({
      collection: 'organisations',
      pagination: false,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    for (const organisation of docs) matcher.remember(organisation)
    return matcher
  }

  private remember(o: Organisation): void {
    this.slugs.add(o.slug)
    if (o.identifiers?.gpgEmployerId) this.byEmployerId.set(o.identifiers.gpgEmployerId, o)
    if (o.identifiers?.companiesHouseNumber) this.byCompany.set(o.identifiers.companiesHouseNumber, o)
    if (o.identifiers?.orgId) this.byOrgId.set(o.identifiers.orgId.toUpperCase(), o)
    if (o.identifiers?.charityNumber) this.byCharity.set(o.identifiers.charityNumber, o)
    for (const name of [o.name, ...(o.formerNames ?? []).map((f) => f.name)]) {
      const key = normaliseName(name)
      if (key && !this.byName.has(key)) this.byName.set(key, o)
    }
  }

  find(employer: EmployerIdentity): Organisation | undefined {
    if (employer.orgId && this.byOrgId.has(employer.orgId.toUpperCase())) return this.byOrgId.get(employer.orgId.toUpperCase())
    if (employer.employerId && this.byEmployerId.has(employer.employerId)) return this.byEmployerId.get(employer.employerId)
    if (employer.companyNumber && this.byCompany.has(employer.companyNumber)) return this.byCompany.get(employer.companyNumber)
    if (employer.charityNumber && this.byCharity.has(employer.charityNumber)) return this.byCharity.get(employer.charityNumber)
    for (const name of [employer.name, ...(employer.otherNames ?? [])]) {
      const found = this.byName.get(normaliseName(name))
      // A name is shared or reused over the years; identifiers that disagree mean another employer.
      if (found && !contradicts(found, employer)) return found
    }
    return undefined
  }

  private uniqueSlug(name: string): string {
    const base = slugify(name) || 'organisation'
    let slug = base
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`
    return slug
  }

  /** The matching organisation, created (published, as the source is public) if there is none; and whether it was created. */
  async findOrCreate(employer: EmployerIdentity, sourceLabel: string): Promise<{ organisation: Organisation; created: boolean }> {
    const existing = this.find(employer)
    if (existing) {
      // Learn identifiers the organisation lacks for next time, without changing anything a person wrote.
      const learned = {
        ...(employer.employerId && !existing.identifiers?.gpgEmployerId ? { gpgEmployerId: employer.employerId } : {}),
        ...(employer.orgId && !existing.identifiers?.orgId ? { orgId: employer.orgId } : {}),
      }
      if (Object.keys(learned).length > 0) {
        const updated = await this.payload.update({
          collection: 'organisations',
          id: existing.id,
          data: { identifiers: { ...existing.identifiers, ...learned } },
          req: this.req,
          overrideAccess: true,
          depth: 0,
          context: { ...this.req.context, importing: true },
        })
        this.remember(updated)
        return { organisation: updated, created: false }
      }
      return { organisation: existing, created: false }
    }
    const organisation = await this.payload.create({
      collection: 'organisations',
      data: {
        name: employer.name,
        slug: this.uniqueSlug(employer.name),
        sector: 'other',
        sectorOther: employer.sectorOther ?? 'Employer',
        description: `Added from ${sourceLabel}.`,
        identifiers: {
          companiesHouseNumber: employer.companyNumber ?? undefined,
          charityNumber: employer.charityNumber ?? undefined,
          orgId: employer.orgId ?? (employer.companyNumber ? `GB-COH-${employer.companyNumber}` : undefined),
          gpgEmployerId: employer.employerId ?? undefined,
        },
        formerNames: (employer.otherNames ?? []).filter((n) => normaliseName(n) !== normaliseName(employer.name)).map((name) => ({ name })),
        boroughs: employer.borough ? [employer.borough as never] : [],
        sizeBand: sizeBandFromEmployerSize(employer.employerSize),
        lpbMembership: 'not-stated',
        _status: 'published',
      },
      req: this.req,
      overrideAccess: true,
      depth: 0, // as loaded: the matcher keeps organisations unpopulated
      context: { ...this.req.context, importing: true },
    })
    this.remember(organisation)
    this.created++
    return { organisation, created: true }
  }
}
