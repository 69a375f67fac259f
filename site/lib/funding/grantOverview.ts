/**
 * The views of a set of grants that any 360Giving data supports, DEI answers or
 * not (GrantNav's): totals and counts by year, funder, programme, kind of
 * recipient, amount band and borough; the largest recipients; filters with
 * the count each choice would give. Pure, so the page at build time and the
 * filter island in the browser compute the same figures.
 */
export interface OverviewGrant {
  /** The grant page's slug. */
  slug: string
  grantId: string
  /** What the grant is for (grantListTitle). */
  title: string
  funder: string
  year: number
  awardDate: string
  programme: string
  amount: number
  currency: string
  recipient: string
  recipientType: string
  /** Borough slug, '' when no London borough is known. */
  borough: string
}

/** Bands in pounds, as GrantNav's amount facets; each is [from, below). */
export const AMOUNT_BANDS = [
  { value: 'under-1k', label: 'Under £1,000', from: 0, below: 1_000 },
  { value: '1k-10k', label: '£1,000 to £9,999', from: 1_000, below: 10_000 },
  { value: '10k-50k', label: '£10,000 to £49,999', from: 10_000, below: 50_000 },
  { value: '50k-100k', label: '£50,000 to £99,999', from: 50_000, below: 100_000 },
  { value: '100k-1m', label: '£100,000 to £999,999', from: 100_000, below: 1_000_000 },
  { value: '1m-plus', label: '£1 million or more', from: 1_000_000, below: Infinity },
] as const

export function amountBand(amount: number): string {
  return (AMOUNT_BANDS.find((b) => amount >= b.from && amount < b.below) ?? AMOUNT_BANDS[0]).value
}

/** The filters a grant can be chosen by; each kept in the page's address under its own name. */
export const GRANT_FILTER_KEYS = ['year', 'funder', 'programme', 'recipientType', 'band', 'borough'] as const
export type GrantFilterKey = (typeof GRANT_FILTER_KEYS)[number]
export type GrantFilters = Partial<Record<GrantFilterKey, string>>

const valueOf = (grant: OverviewGrant, key: GrantFilterKey): string =>
  key === 'year' ? String(grant.year) : key === 'band' ? amountBand(grant.amount) : grant[key]

export function matchesFilters(grant: OverviewGrant, filters: GrantFilters, except?: GrantFilterKey): boolean {
  return GRANT_FILTER_KEYS.every((key) => key === except || !filters[key] || valueOf(grant, key) === filters[key])
}

export const filterGrants = <T extends OverviewGrant>(grants: readonly T[], filters: GrantFilters): T[] =>
  grants.filter((g) => matchesFilters(g, filters))

/**
 * For each filter, how many grants each of its choices would give with the
 * other filters as they are (a facet count): choosing 2021 does not hide the
 * other years' counts.
 */
export function facetCounts(grants: readonly OverviewGrant[], filters: GrantFilters): Record<GrantFilterKey, Map<string, number>> {
  const counts = Object.fromEntries(GRANT_FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as Record<
    GrantFilterKey,
    Map<string, number>
  >
  for (const grant of grants)
    for (const key of GRANT_FILTER_KEYS) {
      if (!matchesFilters(grant, filters, key)) continue
      const value = valueOf(grant, key)
      counts[key].set(value, (counts[key].get(value) ?? 0) + 1)
    }
  return counts
}

export interface Total {
  key: string
  grants: number
  amount: number
}

/** Grants and pounds by one of the grant's fields; largest amount first unless sorted by key. */
export function totalsBy(grants: readonly OverviewGrant[], key: GrantFilterKey | 'recipient', order: 'amount' | 'key' = 'amount'): Total[] {
  const totals = new Map<string, Total>()
  for (const grant of grants) {
    const k = key === 'recipient' ? grant.recipient : valueOf(grant, key)
    const total = totals.get(k) ?? { key: k, grants: 0, amount: 0 }
    total.grants += 1
    total.amount += grant.amount
    totals.set(k, total)
  }
  const list = [...totals.values()]
  return order === 'key'
    ? list.sort((a, b) => a.key.localeCompare(b.key, 'en-GB', { numeric: true }))
    : list.sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key))
}

export const sumAmount = (grants: readonly OverviewGrant[]) => grants.reduce((total, g) => total + g.amount, 0)

/** The filtered set as rows of the CSV download, one per grant. */
export const GRANT_CSV_COLUMNS = [
  'grant_id',
  'title',
  'funder',
  'recipient',
  'recipient_type',
  'amount_awarded',
  'currency',
  'award_date',
  'year',
  'programme',
  'borough',
  'amount_band',
] as const

export function grantCsvRows(
  grants: readonly OverviewGrant[],
  funderName: (slug: string) => string,
  boroughName: (slug: string) => string,
): Array<Record<(typeof GRANT_CSV_COLUMNS)[number], string | number>> {
  return grants.map((g) => ({
    grant_id: g.grantId,
    title: g.title,
    funder: funderName(g.funder),
    recipient: g.recipient,
    recipient_type: g.recipientType,
    amount_awarded: g.amount,
    currency: g.currency,
    award_date: g.awardDate.slice(0, 10),
    year: g.year,
    programme: g.programme,
    borough: g.borough ? boroughName(g.borough) : '',
    amount_band: AMOUNT_BANDS.find((b) => b.value === amountBand(g.amount))!.label,
  }))
}

/** Filters from an address's query (?year=2021&funder=…), ignoring names that are not filters. */
export function filtersFromQuery(query: URLSearchParams): GrantFilters {
  const filters: GrantFilters = {}
  for (const key of GRANT_FILTER_KEYS) {
    const value = query.get(key)
    if (value) filters[key] = value
  }
  return filters
}
