import { portalContent } from '../content'
import { pageCountOf } from './explorerRows'

/** Each characteristic and year with reports, and how many pages its table takes. */
export async function explorerPaths(): Promise<Array<{ characteristic: string; year: number; pageCount: number }>> {
  const content = await portalContent()
  const counts = new Map<string, number>()
  for (const r of content.payGapReports) counts.set(`${r.characteristic}|${r.year}`, (counts.get(`${r.characteristic}|${r.year}`) ?? 0) + 1)
  return [...counts].map(([key, count]) => {
    const [characteristic, year] = key.split('|')
    return { characteristic, year: Number(year), pageCount: pageCountOf(count) }
  })
}
