import { describe, expect, it } from 'vitest'
import { surveyWavesSvg } from '../../site/lib/charts/surveyWaves'
import { measureSeries } from '../../site/lib/levels/series'
import type { SeriesFigure } from '../../site/lib/indexContent'

// A synthetic question, two waves, two groups: made up for the test.
const figure = (period: string, date: string, group: string, value: number, sampleSize: number | null): SeriesFigure => ({
  id: `${period}-${group}`,
  measure: 'Synthetic question',
  priority: 1,
  period,
  date: `${date}T00:00:00.000Z`,
  group,
  value,
  unit: 'percent',
  sampleSize,
  designEffect: null,
  source: 'Synthetic',
  sourceUrl: undefined,
  notes: undefined,
  updatedAt: '2026-01-01T00:00:00.000Z',
})
const figures = [
  figure('Wave 2', '2026-04-30', 'All Londoners', 46, 1000),
  figure('Wave 1', '2025-10-31', 'All Londoners', 40, 1000),
  figure('Wave 1', '2025-10-31', 'Disabled Londoners', 44, 180),
  figure('Wave 2', '2026-04-30', 'Disabled Londoners', 45, null),
]

describe('survey series', () => {
  it('orders each group’s waves by date, with intervals where there is a sample and changes where both waves have one', () => {
    const [series] = measureSeries(figures)
    const all = series.groups.find((g) => g.group === 'All Londoners')!
    expect(all.points.map((p) => p.figure.period)).toEqual(['Wave 1', 'Wave 2'])
    expect(all.points[1].change?.verdict).toBe('higher')
    expect(all.latestChange).toMatch(/^From Wave 1 to Wave 2 .*a real rise/)
    const disabled = series.groups.find((g) => g.group === 'Disabled Londoners')!
    expect(disabled.points[1].interval).toBeNull()
    expect(disabled.points[1].change).toBeNull()
    expect(disabled.latestChange).toBeNull()
  })

  it('draws an interval bar for each figure with a sample and labels each line, apart', () => {
    const svg = surveyWavesSvg(measureSeries(figures)[0], { labelledBy: 'h', describedBy: 's' })
    expect(svg.match(/class="interval"/g)).toHaveLength(3)
    const labels = [...svg.matchAll(/<text class="label" x="[\d.]+" y="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => [m[2], Number(m[1])] as const)
    expect(labels.map(([text]) => text).sort()).toEqual(['All Londoners', 'Disabled Londoners'])
    expect(Math.abs(labels[0][1] - labels[1][1])).toBeGreaterThanOrEqual(16)
  })
})
