import {
  describeWaveChange,
  surveyInterval,
  waveChange,
  type SurveyInterval,
  type WaveChange,
} from '../../../domain/levels/surveyIntervals'
import type { SeriesFigure } from '../indexContent'

/**
 * Level-1 and level-2 figures as the pages draw them: one series per measure
 * and group, oldest first, each point with its 95% interval when it has a
 * sample (a percentage with a sample size), and each step from the previous
 * point with Newcombe's interval for the change. Pure, so it is tested on
 * small synthetic series.
 */
export interface SeriesPoint {
  figure: SeriesFigure
  interval: SurveyInterval | null
  /** From the previous point; null for the first, or without samples on both sides. */
  change: WaveChange | null
}

export interface GroupSeries {
  group: string
  points: SeriesPoint[]
  /** One sentence on the latest change, when the series has two points with samples. */
  latestChange: string | null
}

export interface MeasureSeries {
  measure: string
  priority: number
  unit: SeriesFigure['unit']
  groups: GroupSeries[]
  sources: string[]
}

const sample = (f: SeriesFigure) =>
  f.unit === 'percent' && f.sampleSize ? { value: f.value, sampleSize: f.sampleSize, designEffect: f.designEffect } : null

export function measureSeries(figures: readonly SeriesFigure[]): MeasureSeries[] {
  const byMeasure = new Map<string, SeriesFigure[]>()
  for (const f of figures) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f])
  return [...byMeasure.entries()]
    .map(([measure, list]) => {
      const byGroup = new Map<string, SeriesFigure[]>()
      for (const f of list) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f])
      const groups = [...byGroup.entries()].map(([group, members]) => groupSeries(group, members))
      return {
        measure,
        priority: list[0].priority,
        unit: list[0].unit,
        groups,
        sources: [...new Set(list.map((f) => f.source))],
      }
    })
    .sort((a, b) => a.priority - b.priority || a.measure.localeCompare(b.measure, 'en-GB'))
}

function groupSeries(group: string, members: SeriesFigure[]): GroupSeries {
  const sorted = [...members].sort((a, b) => a.date.localeCompare(b.date))
  const points = sorted.map((figure, i): SeriesPoint => {
    const here = sample(figure)
    const before = i > 0 ? sample(sorted[i - 1]) : null
    return { figure, interval: here ? surveyInterval(here) : null, change: here && before ? waveChange(before, here) : null }
  })
  const last = points.length - 1
  const latest = last > 0 ? { earlier: sample(sorted[last - 1]), later: sample(sorted[last]) } : null
  return {
    group,
    points,
    latestChange:
      latest?.earlier && latest.later
        ? describeWaveChange({ earlier: sorted[last - 1].period, later: sorted[last].period }, latest.earlier, latest.later)
        : null,
  }
}
