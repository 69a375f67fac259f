import { compareRates, wilsonInterval, type Verdict } from '../funding/equityMeasures'

/**
 * The uncertainty of a survey figure and of a change between two waves (level
 * 2 of the progress report: "a margin of error will need to be accounted for
 * when looking at change over time").
 *
 * A wave's share is a proportion of its respondents, so its 95% interval is
 * the Wilson interval on the effective sample size n / deff (Kish): a design
 * effect above 1 (weighting, clustering) makes the sample worth fewer
 * independent answers. Wilson rather than p ± 1.96·sqrt(deff·p(1-p)/n)
 * because it stays inside 0-100% and holds for small groups and shares near
 * 0 or 100, where the simple margin does not; for a share near 50% of 1,000
 * respondents the two agree to a tenth of a point. A change between waves
 * uses Newcombe's hybrid score interval built from the two Wilson intervals,
 * as the funding measures do, and is called real only when it excludes zero.
 */
export interface SurveyFigure {
  /** The share, in percent (0-100). */
  value: number
  /** Respondents the share is of. */
  sampleSize: number
  /** The design effect the source gives; 1 (a simple random sample) when it gives none. */
  designEffect?: number | null
}

export interface SurveyInterval {
  /** Fractions 0-1. */
  estimate: number
  lower: number
  upper: number
  /** n / deff. */
  effectiveSampleSize: number
}

const effectiveSize = (figure: SurveyFigure) => figure.sampleSize / Math.max(1, figure.designEffect ?? 1)

/** A share's 95% interval, or null when it has no sample to speak of (no respondents, or a value outside 0-100). */
export function surveyInterval(figure: SurveyFigure): SurveyInterval | null {
  const n = effectiveSize(figure)
  if (!(n > 0) || !(figure.value >= 0 && figure.value <= 100)) return null
  const p = figure.value / 100
  const interval = wilsonInterval(p * n, n)
  return { estimate: p, lower: interval.lower!, upper: interval.upper!, effectiveSampleSize: n }
}

export interface WaveChange {
  /** Later minus earlier, as a fraction, with Newcombe's 95% interval. */
  difference: number
  lower: number
  upper: number
  /** higher / lower: the interval excludes zero; otherwise no clear change. */
  verdict: Exclude<Verdict, 'not-enough-data'>
}

/** The change from one wave to the next, or null when either wave has no usable sample. */
export function waveChange(earlier: SurveyFigure, later: SurveyFigure): WaveChange | null {
  if (!surveyInterval(earlier) || !surveyInterval(later)) return null
  const [a, b] = [later, earlier].map((f) => ({ trials: effectiveSize(f), successes: (f.value / 100) * effectiveSize(f) }))
  const comparison = compareRates(a, b)
  if (comparison.verdict === 'not-enough-data') return null
  return { difference: comparison.difference!, lower: comparison.lower!, upper: comparison.upper!, verdict: comparison.verdict }
}

const points = (fraction: number) => {
  const rounded = Math.round(fraction * 1000) / 10
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded).toFixed(1)}`
}
const percent = (value: number) => `${(Math.round(value * 10) / 10).toFixed(1)}%`

/** One plain sentence on a change between two waves, saying whether it is larger than the margin of error. */
export function describeWaveChange(labels: { earlier: string; later: string }, earlier: SurveyFigure, later: SurveyFigure): string {
  const change = waveChange(earlier, later)
  if (!change) return `No change can be estimated between ${labels.earlier} and ${labels.later}: one of them has no sample size.`
  const moved = `From ${labels.earlier} to ${labels.later} the share went from ${percent(earlier.value)} to ${percent(later.value)}, ${points(change.difference)} points (95% interval ${points(change.lower)} to ${points(change.upper)})`
  return change.verdict === 'no-clear-difference'
    ? `${moved}: within the margin of error, so the survey does not show a real change.`
    : `${moved}: larger than the margin of error, so a real ${change.verdict === 'higher' ? 'rise' : 'fall'} in the share answering so.`
}
