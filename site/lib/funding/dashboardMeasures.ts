import {
  compareRates,
  describeComparison,
  fundingShare,
  leadershipAnswer,
  targetProgress,
  wilsonInterval,
  type DeiAnswers,
  type FundingShare,
  type Proportion,
  type RateComparison,
  type TargetProgress,
} from '../../../domain/funding/equityMeasures'
import { matchesFilters, type GrantFilters, type OverviewGrant } from './grantOverview'

/**
 * The dashboard's measures, from compact records the page embeds, so the static
 * page and the filter island compute the same figures with the same code.
 */
export interface CompactGrant extends OverviewGrant {
  /** The funder's portal slug. */
  funder: string
  leadership: DeiAnswers
}

export interface CompactApplications {
  funder: string
  year: number
  programme: string
  group: string
  received: number
  funded: number
}

export interface CompactTarget {
  funder: string
  year: number
  targetShare: number
  basis: 'amount' | 'count'
}

export interface Funder {
  slug: string
  name: string
  /** The funder's sector on the portal, e.g. "Local government". */
  type: string
}

export interface FundingFilters {
  funderType?: string
  year?: number
  /** A funder's portal slug. */
  funder?: string
  programme?: string
  /** Filters only grants have (kind of recipient, amount band, borough); applications are counted without them. */
  grant?: Pick<GrantFilters, 'recipientType' | 'band' | 'borough'>
  /** A DEI taxonomy population group prefix (e.g. DEI01): count as equalities-led only recipients led by those communities. */
  taxonomy?: string
}

export interface ShareRow {
  funder: Funder | null
  year: number
  share: FundingShare
  /** The share of grants (by count) with its Wilson interval, as fractions. */
  byCount: Proportion
  target: (TargetProgress & { basis: 'amount' | 'count' }) | null
}

export interface SuccessRow {
  funder: Funder | null
  year: number
  group: string
  rate: Proportion
  /** This group against every other applicant to the same funder in the same year. */
  againstOthers: RateComparison
  statement: string
}

const keep = (filters: FundingFilters, funders: Map<string, Funder>, record: { funder: string; year: number; programme: string }) =>
  (filters.year === undefined || record.year === filters.year) &&
  (!filters.funder || record.funder === filters.funder) &&
  (!filters.programme || record.programme === filters.programme) &&
  (!filters.funderType || funders.get(record.funder)?.type === filters.funderType)

/** With a taxonomy filter, a recipient led by other communities answered the question, but is not led by these. */
function leadershipFor(answers: DeiAnswers, taxonomy: string | undefined): DeiAnswers {
  if (!taxonomy || leadershipAnswer(answers) !== 'equalities-led') return answers
  return (answers.taxonomyCodes ?? []).some((c) => c.startsWith(taxonomy)) ? answers : { ...answers, taxonomyCodes: [] }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/** Per funder and year, newest first; and London-wide (funder null) per year. */
export function shareRows(
  grants: readonly CompactGrant[],
  targets: readonly CompactTarget[],
  funderList: readonly Funder[],
  filters: FundingFilters = {},
): ShareRow[] {
  const funders = new Map(funderList.map((f) => [f.slug, f]))
  const kept = grants.filter((g) => keep(filters, funders, g) && matchesFilters(g, filters.grant ?? {}))
  const row = (funder: Funder | null, year: number, group: CompactGrant[]): ShareRow => {
    const share = fundingShare(group.map((g) => ({ amountAwarded: g.amount, leadership: leadershipFor(g.leadership, filters.taxonomy) })))
    const target = funder ? targets.find((t) => t.funder === funder.slug && t.year === year) : undefined
    return {
      funder,
      year,
      share,
      byCount: wilsonInterval(share.equalitiesLed.grants, share.base.grants),
      target: target ? { ...targetProgress(target, share), basis: target.basis } : null,
    }
  }
  const perFunder = [...groupBy(kept, (g) => `${g.year}|${g.funder}`).values()].map((group) =>
    row(funders.get(group[0].funder) ?? null, group[0].year, group),
  )
  const london = [...groupBy(kept, (g) => String(g.year)).values()].map((group) => row(null, group[0].year, group))
  const order = (a: ShareRow, b: ShareRow) => b.year - a.year || (a.funder?.name ?? '').localeCompare(b.funder?.name ?? '', 'en-GB')
  return [...london.sort(order), ...perFunder.filter((r) => r.funder).sort(order)]
}

export const GROUP_LABELS: Record<string, string> = {
  'user-led': 'user-led applicants',
  'equalities-led': 'equalities-led applicants',
  other: 'other applicants',
}

/** Success rates per funder, year and kind of applicant, each compared with everyone else who applied. */
export function successRows(
  applications: readonly CompactApplications[],
  funderList: readonly Funder[],
  filters: FundingFilters = {},
): SuccessRow[] {
  const funders = new Map(funderList.map((f) => [f.slug, f]))
  const kept = applications.filter((a) => keep(filters, funders, a))
  const rows: SuccessRow[] = []
  for (const group of groupBy(kept, (a) => `${a.year}|${a.funder}`).values()) {
    const byGroup = groupBy(group, (a) => a.group)
    for (const [name, members] of byGroup) {
      const mine = { successes: sum(members, 'funded'), trials: sum(members, 'received') }
      const rest = group.filter((a) => a.group !== name)
      const others = { successes: sum(rest, 'funded'), trials: sum(rest, 'received') }
      rows.push({
        funder: funders.get(group[0].funder) ?? null,
        year: group[0].year,
        group: name,
        rate: wilsonInterval(mine.successes, mine.trials),
        againstOthers: compareRates(mine, others),
        statement: describeComparison([GROUP_LABELS[name] ?? name, 'other applicants to the same funder'], mine, others),
      })
    }
  }
  return rows.sort(
    (a, b) => b.year - a.year || (a.funder?.name ?? '').localeCompare(b.funder?.name ?? '', 'en-GB') || a.group.localeCompare(b.group),
  )
}

const sum = (items: CompactApplications[], key: 'funded' | 'received') => items.reduce((total, a) => total + a[key], 0)
