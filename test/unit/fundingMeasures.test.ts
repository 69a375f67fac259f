import { describe, expect, it } from 'vitest'
import {
  compareRates,
  describeComparison,
  fundingShare,
  leadershipAnswer,
  targetProgress,
  wilsonInterval,
} from '../../domain/funding/equityMeasures'

const led = { askedStatus: 'AS200', replyStatus: 'RS200', taxonomyCodes: ['DEI010100'] }
const general = { askedStatus: 'AS200', replyStatus: 'RS201', taxonomyCodes: [] }

describe('who leads the recipient, from the DEI answers', () => {
  it('reads the asked and reply codes as the standard defines them', () => {
    expect(leadershipAnswer(led)).toBe('equalities-led')
    expect(leadershipAnswer({ ...led, askedStatus: 'AS201' })).toBe('equalities-led')
    expect(leadershipAnswer(general)).toBe('not-equalities-led')
    expect(leadershipAnswer({ askedStatus: 'AS200', replyStatus: 'RS200', taxonomyCodes: [] })).toBe('not-equalities-led')
    expect(leadershipAnswer({ askedStatus: 'AS200', replyStatus: 'RS202' })).toBe('prefer-not-to-say')
    expect(leadershipAnswer({ askedStatus: 'AS200', replyStatus: 'RS100' })).toBe('no-reply')
    expect(leadershipAnswer({ askedStatus: 'AS200' })).toBe('no-reply')
    expect(leadershipAnswer({ askedStatus: 'AS100' })).toBe('not-asked')
    expect(leadershipAnswer({ askedStatus: 'AS101', replyStatus: 'RS200', taxonomyCodes: ['DEI010100'] })).toBe('not-asked')
    expect(leadershipAnswer(null)).toBe('not-asked')
  })
})

describe('the share of funding to equalities-led organisations', () => {
  it('counts only grants asked and answered in the base, and states the rest', () => {
    // By hand: base = £100 + £300 (2 grants); led = £100 (1 grant): 25% by amount, 50% by count.
    const share = fundingShare([
      { amountAwarded: 100, leadership: led },
      { amountAwarded: 300, leadership: general },
      { amountAwarded: 50, leadership: { askedStatus: 'AS100' } },
      { amountAwarded: 20, leadership: { askedStatus: 'AS200', replyStatus: 'RS100' } },
      { amountAwarded: 5, leadership: { askedStatus: 'AS201', replyStatus: 'RS202' } },
    ])
    expect(share).toEqual({
      all: { grants: 5, amount: 475 },
      base: { grants: 2, amount: 400 },
      equalitiesLed: { grants: 1, amount: 100 },
      notAsked: { grants: 1, amount: 50 },
      notAnswered: { grants: 2, amount: 25 },
      shareByAmount: 25,
      shareByCount: 50,
    })
  })

  it('has no share, rather than 0%, when nobody was asked', () => {
    const share = fundingShare([
      { amountAwarded: 1000, leadership: undefined },
      { amountAwarded: 500, leadership: { askedStatus: 'AS101' } },
    ])
    expect(share).toMatchObject({
      base: { grants: 0, amount: 0 },
      notAsked: { grants: 2, amount: 1500 },
      shareByAmount: null,
      shareByCount: null,
    })
  })

  it('has no share for no grants at all', () => {
    expect(fundingShare([])).toMatchObject({ all: { grants: 0, amount: 0 }, shareByAmount: null, shareByCount: null })
  })

  it('measures progress against the funder’s own target on its basis', () => {
    const share = fundingShare([
      { amountAwarded: 100, leadership: led },
      { amountAwarded: 300, leadership: general },
    ])
    expect(targetProgress({ targetShare: 20, basis: 'amount' }, share)).toEqual({ target: 20, achieved: 25, gap: 5, met: true })
    expect(targetProgress({ targetShare: 60, basis: 'count' }, share)).toEqual({ target: 60, achieved: 50, gap: -10, met: false })
    expect(targetProgress({ targetShare: 10, basis: 'amount' }, fundingShare([]))).toEqual({
      target: 10,
      achieved: null,
      gap: null,
      met: null,
    })
  })
})

describe('success rates with Wilson intervals', () => {
  it('matches hand-computed intervals', () => {
    // 5 of 10: centre (0.5 + 1.92/10) / 1.384 = 0.5; half-width 1.96 × √(0.025 + 0.0096) / 1.384 = 0.2634.
    const half = wilsonInterval(5, 10)
    expect(half.estimate).toBe(0.5)
    expect(half.lower).toBeCloseTo(0.2366, 4)
    expect(half.upper).toBeCloseTo(0.7634, 4)
    // 0 of 10: from 0 to (3.8415/10) / 1.38415 = 0.2775, not the Wald interval's 0 to 0.
    const none = wilsonInterval(0, 10)
    expect(none.lower).toBe(0)
    expect(none.upper).toBeCloseTo(0.2775, 4)
    expect(wilsonInterval(10, 10).upper).toBe(1)
  })

  it('has no rate and no interval without applications', () => {
    expect(wilsonInterval(0, 0)).toEqual({ successes: 0, trials: 0, estimate: null, lower: null, upper: null })
  })

  it('gives Newcombe’s published interval for a difference (56/70 against 48/80: 0.0524 to 0.3339)', () => {
    // Newcombe (1998), Statistics in Medicine 17:873-890, table II, example (a), method 10.
    const c = compareRates({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })
    expect(c.difference).toBeCloseTo(0.2, 4)
    expect(c.lower).toBeCloseTo(0.0524, 4)
    expect(c.upper).toBeCloseTo(0.3339, 4)
    expect(c.verdict).toBe('higher')
  })

  it('says plainly whether a difference is larger than chance', () => {
    expect(compareRates({ successes: 5, trials: 10 }, { successes: 6, trials: 10 }).verdict).toBe('no-clear-difference')
    expect(compareRates({ successes: 10, trials: 100 }, { successes: 40, trials: 100 }).verdict).toBe('lower')
    expect(compareRates({ successes: 1, trials: 0 }, { successes: 4, trials: 10 }).verdict).toBe('not-enough-data')
    expect(
      describeComparison(['user-led applicants', 'other applicants'], { successes: 5, trials: 10 }, { successes: 6, trials: 10 }),
    ).toContain('could be chance')
    expect(
      describeComparison(['user-led applicants', 'other applicants'], { successes: 10, trials: 100 }, { successes: 40, trials: 100 }),
    ).toBe(
      'user-led applicants were funded at 10% (95% interval 6% to 17%), other applicants at 40% (31% to 50%). The difference, −30 points (−41 to −18), is larger than chance would readily explain: user-led applicants were less likely to be funded.',
    )
  })
})
