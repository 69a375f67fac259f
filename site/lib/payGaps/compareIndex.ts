import type { MeasuredValue } from '../../../domain/measured'
import type { PortalContent } from '../content'

/**
 * The compare page's data, one small file per organisation with pay gaps
 * (/pay-gaps/compare/<slug>.json), so the basket can show any selection from a
 * static site and fetches only what it shows. Figures keep their
 * status and symbol: [value, status, symbol].
 */
export type Figure = [MeasuredValue['value'], MeasuredValue['status'], MeasuredValue['symbol']]
export interface CompareReport {
  /** year */ y: number
  /** characteristic */ c: string
  /** reference and comparison groups */ g: [string, string]
  /** median and mean hourly gap, median and mean bonus gap */ m: [Figure, Figure, Figure, Figure]
  /** comparison group's share of each pay quarter, lowest first */ q: [Figure, Figure, Figure, Figure]
  /** flag codes */ f: string[]
}
export interface CompareEntry {
  s: string
  n: string
  r: CompareReport[]
}

const figure = (m: MeasuredValue): Figure => [m.value, m.status, m.symbol]

export function compareEntries(content: PortalContent): CompareEntry[] {
  return [...content.payGapReportsByOrganisation.entries()].map(([id, reports]) => {
    const organisation = content.organisationById.get(id)!
    return {
      s: organisation.slug,
      n: organisation.name,
      r: reports.map((r) => ({
        y: r.year,
        c: r.characteristic,
        g: [r.referenceGroup, r.comparisonGroup],
        m: [figure(r.medianHourlyGap), figure(r.meanHourlyGap), figure(r.medianBonusGap), figure(r.meanBonusGap)],
        q: [figure(r.q1.comparison), figure(r.q2.comparison), figure(r.q3.comparison), figure(r.q4.comparison)],
        f: r.flags.map((f) => f.code),
      })),
    }
  })
}
