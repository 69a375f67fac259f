import { labelOf, SECTORS } from '../../../domain/vocabulary'
import type { PortalContent } from '../content'
import { grantSlug } from '../urls'
import { grantBorough } from './grantBorough'
import { grantListTitle } from './grantTitle'
import { recipientType } from './recipientType'
import type { CompactApplications, CompactGrant, CompactTarget, Funder } from './dashboardMeasures'

/** Everything the funding dashboard computes from, compact enough to embed in the page for its filters. */
export interface DashboardData {
  funders: Funder[]
  grants: CompactGrant[]
  applications: CompactApplications[]
  targets: CompactTarget[]
  years: number[]
  programmes: string[]
  funderTypes: string[]
  /** The same records by funder slug, for profile pages (one lookup each rather than a scan). */
  byFunder: Map<string, { grants: CompactGrant[]; applications: CompactApplications[]; targets: CompactTarget[] }>
}

const cache = new WeakMap<PortalContent, DashboardData>()

/** Built once per build: every profile page asks for it. */
export function dashboardData(content: PortalContent): DashboardData {
  const cached = cache.get(content)
  if (cached) return cached
  const data = buildDashboardData(content)
  cache.set(content, data)
  return data
}

function buildDashboardData(content: PortalContent): DashboardData {
  const slugOf = (id: string) => content.organisationById.get(id)?.slug
  const funderIds = new Set([
    ...content.grantsByFunder.keys(),
    ...content.fundingApplications.map((a) => a.funder),
    ...content.fundingTargets.map((t) => t.funder),
  ])
  const funders = [...funderIds]
    .map((id) => content.organisationById.get(id)!)
    .map((o) => ({ slug: o.slug, name: o.name, type: o.sector === 'other' && o.sectorOther ? o.sectorOther : labelOf(SECTORS, o.sector) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  const grants = content.grants
    .filter((g) => g.funder.organisation && slugOf(g.funder.organisation))
    .map((g) => ({
      slug: grantSlug(g.grantId),
      grantId: g.grantId,
      title: grantListTitle({ title: g.title, description: g.description, programme: g.programme, recipientName: g.recipient.name }),
      funder: slugOf(g.funder.organisation!)!,
      year: g.year,
      awardDate: g.awardDate,
      programme: g.programme ?? '',
      amount: g.amountAwarded,
      currency: g.currency,
      recipient: g.recipient.name,
      recipientType: recipientType(g.recipient, g.published),
      borough: grantBorough(g, content),
      leadership: g.dei.leadership,
    }))
  const applications = content.fundingApplications.map((a) => ({
    funder: slugOf(a.funder)!,
    year: a.year,
    programme: a.programme ?? '',
    group: a.applicantGroup,
    received: a.received,
    funded: a.funded,
  }))
  const targets = content.fundingTargets.map((t) => ({
    funder: slugOf(t.funder)!,
    year: t.year,
    targetShare: t.targetShare,
    basis: t.basis,
  }))
  const years = [...new Set([...grants, ...applications].map((r) => r.year))].sort((a, b) => b - a)
  const programmes = [...new Set([...grants, ...applications].map((r) => r.programme).filter(Boolean))].sort()
  const funderTypes = [...new Set(funders.map((f) => f.type))].sort()
  const byFunder = new Map(
    funders.map((f) => [
      f.slug,
      { grants: [] as CompactGrant[], applications: [] as CompactApplications[], targets: [] as CompactTarget[] },
    ]),
  )
  for (const g of grants) byFunder.get(g.funder)?.grants.push(g)
  for (const a of applications) byFunder.get(a.funder)?.applications.push(a)
  for (const t of targets) byFunder.get(t.funder)?.targets.push(t)
  return { funders, grants, applications, targets, years, programmes, funderTypes, byFunder }
}
