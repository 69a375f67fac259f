import { describe, expect, it } from 'vitest'
import { describeWaveChange, surveyInterval, waveChange } from '../../domain/levels/surveyIntervals'

// Synthetic figures, worked by hand (Wilson: centre (p + z²/2n)/(1 + z²/n), half-width
// z·sqrt(p(1-p)/n + z²/4n²)/(1 + z²/n), z = 1.95996; Newcombe's method 10 for differences).
describe('a survey wave’s 95% interval', () => {
  it('is ±3.1 points for 50% of 1,000 respondents, as the familiar margin of error', () => {
    const i = surveyInterval({ value: 50, sampleSize: 1000 })!
    expect(i.estimate).toBe(0.5)
    expect(i.lower).toBeCloseTo(0.46907, 5)
    expect(i.upper).toBeCloseTo(0.53093, 5)
    expect(i.effectiveSampleSize).toBe(1000)
  })

  it('widens with the design effect: n = 1,000 with deff 2 counts as 500 respondents', () => {
    const i = surveyInterval({ value: 50, sampleSize: 1000, designEffect: 2 })!
    expect(i.effectiveSampleSize).toBe(500)
    expect(i.lower).toBeCloseTo(0.45634, 5)
    expect(i.upper).toBeCloseTo(0.54366, 5)
  })

  it('is asymmetric near the edge and never leaves 0-100%', () => {
    const i = surveyInterval({ value: 10, sampleSize: 200 })!
    expect(i.lower).toBeCloseTo(0.06567, 5)
    expect(i.upper).toBeCloseTo(0.14941, 5)
    const none = surveyInterval({ value: 0, sampleSize: 50 })!
    expect(none.lower).toBe(0)
    expect(none.upper).toBeGreaterThan(0)
  })

  it('treats a design effect below 1 as 1 (a survey is never worth more than its respondents)', () => {
    expect(surveyInterval({ value: 50, sampleSize: 1000, designEffect: 0.5 })!.effectiveSampleSize).toBe(1000)
  })

  it('gives no interval without respondents or for a value outside 0-100', () => {
    expect(surveyInterval({ value: 50, sampleSize: 0 })).toBeNull()
    expect(surveyInterval({ value: 120, sampleSize: 1000 })).toBeNull()
  })
})

describe('the change between two waves', () => {
  it('calls 40% → 46% of 1,000 each a real rise: its interval (+1.7 to +10.3 points) excludes zero', () => {
    const change = waveChange({ value: 40, sampleSize: 1000 }, { value: 46, sampleSize: 1000 })!
    expect(change.difference).toBeCloseTo(0.06, 10)
    expect(change.lower).toBeCloseTo(0.016605, 5)
    expect(change.upper).toBeCloseTo(0.103076, 5)
    expect(change.verdict).toBe('higher')
  })

  it('does not call the same change real when the design effect halves the samples (−0.1 to +12.1 points)', () => {
    const change = waveChange({ value: 40, sampleSize: 1000, designEffect: 2 }, { value: 46, sampleSize: 1000, designEffect: 2 })!
    expect(change.lower).toBeCloseTo(-0.00135, 5)
    expect(change.upper).toBeCloseTo(0.120716, 5)
    expect(change.verdict).toBe('no-clear-difference')
  })

  it('calls a fall a fall', () => {
    expect(waveChange({ value: 46, sampleSize: 1000 }, { value: 40, sampleSize: 1000 })!.verdict).toBe('lower')
  })

  it('says so in one plain sentence', () => {
    expect(
      describeWaveChange({ earlier: 'wave 1', later: 'wave 2' }, { value: 40, sampleSize: 1000 }, { value: 46, sampleSize: 1000 }),
    ).toBe(
      'From wave 1 to wave 2 the share went from 40.0% to 46.0%, +6.0 points (95% interval +1.7 to +10.3): larger than the margin of error, so a real rise in the share answering so.',
    )
    expect(
      describeWaveChange({ earlier: 'wave 1', later: 'wave 2' }, { value: 40, sampleSize: 1000 }, { value: 42, sampleSize: 1000 }),
    ).toBe(
      'From wave 1 to wave 2 the share went from 40.0% to 42.0%, +2.0 points (95% interval −2.3 to +6.3): within the margin of error, so the survey does not show a real change.',
    )
    expect(
      describeWaveChange({ earlier: 'wave 1', later: 'wave 2' }, { value: 40, sampleSize: 0 }, { value: 42, sampleSize: 1000 }),
    ).toMatch(/no sample size/)
  })
})
