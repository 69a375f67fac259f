import { CENSUS_2021_CITATION, londonEthnicity2021, type Census2021London } from '../../../domain/reference/census2021Ethnicity'
import { londonMedianGenderPayGap } from '../../../domain/returns/benchmarks'
import { reportingYearLabel } from '../../../domain/reportingYear'
import type { Metric, PortalContent } from '../content'

/** A metric's London benchmark for one return year, as the page and the datasets show it. */
export interface Benchmark {
  value: number
  unit: string
  period: string
  source: string
  /** For a computed benchmark: how many figures it is computed from. */
  count?: number
  computed: boolean
}

/**
 * The gender pay gap reports that are the Gender Pay Gap Service's data: those
 * imported from it, and the GLA's gender tables, which are the same statutory
 * report (docs/decisions.md, "One report per publication").
 */
const STATUTORY_SOURCES = new Set(['gpg-service', 'gla-tables'])

/**
 * Computed at build from published data, never typed in (issue 14, section 2):
 * the median gender pay gap of London employers (organisations with a London
 * borough or London-wide) for the snapshot year of the return's year, and
 * London's population share of an ethnic group from Census 2021. A stated
 * benchmark comes from the metric itself, with its period and source.
 */
export function metricBenchmark(
  metric: Metric,
  year: number,
  content: Pick<PortalContent, 'payGapReports' | 'organisationById'>,
  census: Census2021London | null = londonEthnicity2021(),
): Benchmark | undefined {
  const b = metric.benchmark
  if (b.kind === 'stated' && b.value !== null)
    return { value: b.value, unit: metric.unit ?? '', period: b.period ?? '', source: b.source ?? '', computed: false }
  if (b.kind === 'london-median-gender-pay-gap') {
    const reports = content.payGapReports
      .filter((r) => r.characteristic === 'gender' && STATUTORY_SOURCES.has(r.provenance.source ?? ''))
      .map((r) => ({
        organisation: r.organisation,
        year: r.year,
        medianHourlyGap: r.medianHourlyGap.status === 'reported' ? r.medianHourlyGap.value : null,
      }))
    const isLondon = (id: string) => {
      const organisation = content.organisationById.get(id)
      return Boolean(organisation && (organisation.londonWide || organisation.boroughs.length > 0))
    }
    const result = londonMedianGenderPayGap(reports, year, isLondon)
    if (!result) return undefined
    return {
      value: result.value,
      unit: '%',
      period: `Reporting year ${reportingYearLabel(year)}`,
      source: `Median of the median hourly gender pay gaps reported by ${result.count.toLocaleString('en-GB')} London employers to the UK Gender Pay Gap Service, as published on this portal`,
      count: result.count,
      computed: true,
    }
  }
  if (b.kind === 'census-2021-ethnic-group' && census && b.ethnicGroup) {
    const group = census.groups.find((g) => g.group === b.ethnicGroup)
    if (!group) return undefined
    return {
      value: Math.round(group.share * 10) / 10,
      unit: '% of Londoners',
      period: 'Census day, 21 March 2021',
      source: `${CENSUS_2021_CITATION}: ${group.label}, ${group.people.toLocaleString('en-GB')} of ${census.total.toLocaleString('en-GB')} residents`,
      count: census.total,
      computed: true,
    }
  }
  return undefined
}
