/**
 * The funding-equity measures of action 13, as pure functions so the site, the
 * datasets and the tests compute them the same way.
 *
 * Base: only grants where the leadership question was asked and answered count
 * in a share's denominator. Grants not asked (AS100, AS101, or no DEI details)
 * and not answered (no reply, or "prefer not to say") are counted and reported
 * beside it, never silently dropped or counted as "not equalities-led".
 */
export interface DeiAnswers {
  askedStatus?: string | null
  replyStatus?: string | null
  taxonomyCodes?: readonly string[] | null
}

export type LeadershipAnswer = 'equalities-led' | 'not-equalities-led' | 'not-asked' | 'no-reply' | 'prefer-not-to-say'

export function leadershipAnswer(answers: DeiAnswers | null | undefined): LeadershipAnswer {
  const asked = answers?.askedStatus
  if (asked !== 'AS200' && asked !== 'AS201') return 'not-asked'
  switch (answers?.replyStatus) {
    case 'RS200':
      // A reply naming one or more communities: led by them. A reply naming none says the organisation is not.
      return (answers.taxonomyCodes?.length ?? 0) > 0 ? 'equalities-led' : 'not-equalities-led'
    case 'RS201':
      return 'not-equalities-led'
    case 'RS202':
      return 'prefer-not-to-say'
    default:
      return 'no-reply'
  }
}

export interface Tally {
  grants: number
  amount: number
}

export interface FundingShare {
  all: Tally
  /** Asked and answered: the denominator. */
  base: Tally
  equalitiesLed: Tally
  notAsked: Tally
  notAnswered: Tally
  /** Percentages of the base; null when the base is empty. */
  shareByAmount: number | null
  shareByCount: number | null
}

const tally = (grants: ReadonlyArray<{ amountAwarded: number }>): Tally => ({
  grants: grants.length,
  amount: grants.reduce((sum, g) => sum + g.amountAwarded, 0),
})

export function fundingShare(grants: ReadonlyArray<{ amountAwarded: number; leadership: DeiAnswers | null | undefined }>): FundingShare {
  const answers = grants.map((g) => ({ grant: g, answer: leadershipAnswer(g.leadership) }))
  const where = (test: (a: LeadershipAnswer) => boolean) => tally(answers.filter((a) => test(a.answer)).map((a) => a.grant))
  const base = where((a) => a === 'equalities-led' || a === 'not-equalities-led')
  const equalitiesLed = where((a) => a === 'equalities-led')
  return {
    all: tally(grants),
    base,
    equalitiesLed,
    notAsked: where((a) => a === 'not-asked'),
    notAnswered: where((a) => a === 'no-reply' || a === 'prefer-not-to-say'),
    shareByAmount: base.amount > 0 ? (equalitiesLed.amount / base.amount) * 100 : null,
    shareByCount: base.grants > 0 ? (equalitiesLed.grants / base.grants) * 100 : null,
  }
}

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054

export interface Proportion {
  successes: number
  trials: number
  /** As fractions 0-1; null when there were no trials. */
  estimate: number | null
  lower: number | null
  upper: number | null
}

/** The Wilson score interval: sound for small counts and for rates near 0 or 1, unlike the Wald interval. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Proportion {
  if (trials <= 0) return { successes, trials, estimate: null, lower: null, upper: null }
  const p = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator
  // At 0 or every success the bound is exactly 0 or 1; computed, it carries rounding noise.
  return {
    successes,
    trials,
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === trials ? 1 : Math.min(1, centre + half),
  }
}

export type Verdict = 'higher' | 'lower' | 'no-clear-difference' | 'not-enough-data'

export interface RateComparison {
  /** First rate minus second, as a fraction; null without trials on both sides. */
  difference: number | null
  lower: number | null
  upper: number | null
  verdict: Verdict
}

/**
 * The difference between two success rates with Newcombe's hybrid score
 * interval (his method 10, built from the two Wilson intervals). When the 95%
 * interval excludes 0 the difference is larger than chance would readily explain.
 */
export function compareRates(a: { successes: number; trials: number }, b: { successes: number; trials: number }): RateComparison {
  const first = wilsonInterval(a.successes, a.trials)
  const second = wilsonInterval(b.successes, b.trials)
  if (first.estimate === null || second.estimate === null) return { difference: null, lower: null, upper: null, verdict: 'not-enough-data' }
  const d = first.estimate - second.estimate
  const lower = d - Math.sqrt((first.estimate - first.lower!) ** 2 + (second.upper! - second.estimate) ** 2)
  const upper = d + Math.sqrt((first.upper! - first.estimate) ** 2 + (second.estimate - second.lower!) ** 2)
  return { difference: d, lower, upper, verdict: lower > 0 ? 'higher' : upper < 0 ? 'lower' : 'no-clear-difference' }
}

export interface TargetProgress {
  target: number
  /** The share achieved on the target's basis, percent; null when the base is empty. */
  achieved: number | null
  /** Achieved minus target, in percentage points. */
  gap: number | null
  met: boolean | null
}

export function targetProgress(target: { targetShare: number; basis: 'amount' | 'count' }, share: FundingShare): TargetProgress {
  const achieved = target.basis === 'amount' ? share.shareByAmount : share.shareByCount
  return {
    target: target.targetShare,
    achieved,
    gap: achieved === null ? null : achieved - target.targetShare,
    met: achieved === null ? null : achieved >= target.targetShare,
  }
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(0)}%`
const points = (fraction: number) => `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(0)}`

/** One plain sentence on two groups' success rates, for the dashboard and its table. */
export function describeComparison(
  labels: [string, string],
  a: { successes: number; trials: number },
  b: { successes: number; trials: number },
): string {
  const [first, second] = [wilsonInterval(a.successes, a.trials), wilsonInterval(b.successes, b.trials)]
  const comparison = compareRates(a, b)
  if (comparison.verdict === 'not-enough-data' || first.estimate === null || second.estimate === null)
    return `Not enough applications to compare: ${a.trials} from ${labels[0]} and ${b.trials} from ${labels[1]}.`
  const rates = `${labels[0]} were funded at ${percent(first.estimate)} (95% interval ${percent(first.lower!)} to ${percent(first.upper!)}), ${labels[1]} at ${percent(second.estimate)} (${percent(second.lower!)} to ${percent(second.upper!)}).`
  const difference = `The difference, ${points(comparison.difference!)} points (${points(comparison.lower!)} to ${points(comparison.upper!)}),`
  return comparison.verdict === 'no-clear-difference'
    ? `${rates} ${difference} could be chance: the data do not show that either group is more likely to be funded.`
    : `${rates} ${difference} is larger than chance would readily explain: ${labels[0]} were ${comparison.verdict === 'higher' ? 'more' : 'less'} likely to be funded.`
}
