import type { PayGapReport, PortalContent } from '../content'
import { MEASURES, benchmarkOf, type Benchmark, type MeasureKey } from './benchmarks'

/**
 * London's and each sector's benchmarks for one characteristic, year and
 * comparison group, worked out once per build. Every employer's pay gap page
 * shows them; filtering every report for every page made the build quadratic
 * in organisations (20,000 pages each scanning 160,000 reports).
 */
export interface PeerBenchmarks {
  count: number
  measures: Record<MeasureKey, Benchmark>
}

type Peers = { london: PeerBenchmarks; bySector: Map<string, PeerBenchmarks> }
const cache = new WeakMap<PortalContent, Map<string, Peers>>()

function benchmarksOf(reports: readonly PayGapReport[]): PeerBenchmarks {
  const measures = Object.fromEntries(MEASURES.map((m) => [m.key, benchmarkOf(reports, m.key)])) as Record<MeasureKey, Benchmark>
  return { count: reports.length, measures }
}

function groupAll(content: PortalContent): Map<string, Peers> {
  const sectorOf = new Map(content.organisations.map((o) => [o.id, o.sector]))
  const groups = new Map<string, { all: PayGapReport[]; bySector: Map<string, PayGapReport[]> }>()
  for (const r of content.payGapReports) {
    const key = `${r.characteristic}|${r.year}|${r.comparisonGroup}`
    const group = groups.get(key) ?? { all: [] as PayGapReport[], bySector: new Map<string, PayGapReport[]>() }
    groups.set(key, group)
    group.all.push(r)
    const sector = sectorOf.get(r.organisation) ?? ''
    const inSector = group.bySector.get(sector) ?? []
    group.bySector.set(sector, inSector)
    inSector.push(r)
  }
  return new Map(
    [...groups].map(([key, g]) => [
      key,
      { london: benchmarksOf(g.all), bySector: new Map([...g.bySector].map(([s, rs]) => [s, benchmarksOf(rs)])) },
    ]),
  )
}

/** The benchmarks beside report `r`: every report comparing the same groups that year, and those of organisations in `sector`. */
export function peerBenchmarks(
  content: PortalContent,
  r: PayGapReport,
  sector: string,
): { london: PeerBenchmarks; sector: PeerBenchmarks } {
  let all = cache.get(content)
  if (!all) {
    all = groupAll(content)
    cache.set(content, all)
  }
  const peers = all.get(`${r.characteristic}|${r.year}|${r.comparisonGroup}`)!
  return { london: peers.london, sector: peers.bySector.get(sector) ?? benchmarksOf([]) }
}
