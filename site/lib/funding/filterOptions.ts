import { BOROUGHS } from '../../../domain/vocabulary'
import { AMOUNT_BANDS, facetCounts, type GrantFilterKey, type GrantFilters, type OverviewGrant } from './grantOverview'
import type { Funder } from './dashboardMeasures'

/**
 * Each grant filter's choices with the number of grants each would give
 * (GrantNav's facets), in the order a person scans them: years newest first,
 * bands smallest first, names A to Z. A choice that would give none is left
 * out unless it is the one chosen.
 */
export interface FilterOption {
  key: GrantFilterKey
  label: string
  any: string
  choices: Array<{ value: string; text: string; count: number }>
}

const FILTERS: Array<{ key: GrantFilterKey; label: string; any: string }> = [
  { key: 'year', label: 'Year', any: 'Every year' },
  { key: 'funder', label: 'Funder', any: 'Every funder' },
  { key: 'programme', label: 'Programme', any: 'Every programme' },
  { key: 'recipientType', label: 'Kind of recipient', any: 'Any kind' },
  { key: 'band', label: 'Amount', any: 'Any amount' },
  { key: 'borough', label: 'Borough', any: 'Anywhere' },
]

export function filterOptions(
  data: { grants: readonly OverviewGrant[]; funders: readonly Funder[]; years: readonly number[] },
  filters: GrantFilters,
): FilterOption[] {
  const counts = facetCounts(data.grants, filters)
  const all = facetCounts(data.grants, {})
  const labelOf: Record<GrantFilterKey, (value: string) => string> = {
    year: String,
    funder: (v) => data.funders.find((f) => f.slug === v)?.name ?? v,
    programme: String,
    recipientType: String,
    band: (v) => AMOUNT_BANDS.find((b) => b.value === v)?.label ?? v,
    borough: (v) => BOROUGHS.find((b) => b.value === v)?.label ?? v,
  }
  const order: Record<GrantFilterKey, (values: string[]) => string[]> = {
    year: (v) => v.sort((a, b) => Number(b) - Number(a)),
    band: (v) => AMOUNT_BANDS.map((b) => b.value).filter((b) => v.includes(b)),
    funder: (v) => v.sort((a, b) => labelOf.funder(a).localeCompare(labelOf.funder(b), 'en-GB')),
    programme: (v) => v.sort((a, b) => a.localeCompare(b, 'en-GB')),
    recipientType: (v) => v.sort(),
    borough: (v) => v.sort(),
  }
  return FILTERS.map((f) => ({
    ...f,
    choices: order[f.key]([...all[f.key].keys()].filter((v) => v !== ''))
      .map((value) => ({ value, count: counts[f.key].get(value) ?? 0 }))
      .filter((c) => c.count > 0 || filters[f.key] === c.value)
      .map((c) => ({ ...c, text: `${labelOf[f.key](c.value)} (${c.count.toLocaleString('en-GB')})` })),
  }))
}
