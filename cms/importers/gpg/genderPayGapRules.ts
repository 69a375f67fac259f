/**
 * The Gender Pay Gap Service's own rules, and plausibility checks, applied to
 * one employer's figures. A record that breaks one is published with the flag,
 * never hidden or changed. Shares are percentages.
 */
export interface GenderPayGapFigures {
  meanHourlyGap: number | null
  medianHourlyGap: number | null
  meanBonusGap: number | null
  medianBonusGap: number | null
  maleBonusPercent: number | null
  femaleBonusPercent: number | null
  /** [male, female] share of each pay quarter, lower to top. */
  quarters: Array<[number | null, number | null]>
}

export interface Flag {
  code: string
  message: string
}

/** Published shares are rounded to one decimal place, so male + female may miss 100 by that rounding. */
export const QUARTER_SUM_TOLERANCE = 0.1
/** A zero median gap is implausible when women's share of the top and lower quarters differs by more than this. */
export const PLAUSIBLE_QUARTER_SPREAD = 30

const QUARTER_NAMES = ['lower', 'lower middle', 'upper middle', 'top']

export function genderPayGapFlags(f: GenderPayGapFigures): Flag[] {
  const flags: Flag[] = []
  f.quarters.forEach(([male, female], i) => {
    if (male !== null && female !== null && Math.abs(male + female - 100) > QUARTER_SUM_TOLERANCE) {
      flags.push({
        code: 'quarter-sum',
        message: `Men’s and women’s shares of the ${QUARTER_NAMES[i]} quarter add up to ${+(male + female).toFixed(2)}, not 100.`,
      })
    }
  })
  const shares: Array<[string, number | null]> = [
    ['men receiving a bonus', f.maleBonusPercent],
    ['women receiving a bonus', f.femaleBonusPercent],
    ...f.quarters.flatMap(([male, female], i): Array<[string, number | null]> => [
      [`men in the ${QUARTER_NAMES[i]} quarter`, male],
      [`women in the ${QUARTER_NAMES[i]} quarter`, female],
    ]),
  ]
  for (const [label, value] of shares) {
    if (value !== null && (value < 0 || value > 100))
      flags.push({ code: 'share-out-of-range', message: `The share of ${label} is ${value}%, outside 0 to 100.` })
  }
  const gaps: Array<[string, number | null]> = [
    ['mean hourly pay gap', f.meanHourlyGap],
    ['median hourly pay gap', f.medianHourlyGap],
    ['mean bonus gap', f.meanBonusGap],
    ['median bonus gap', f.medianBonusGap],
  ]
  for (const [label, value] of gaps) {
    if (value !== null && value > 100) flags.push({ code: 'gap-over-100', message: `The ${label} is ${value}%; a gap cannot exceed 100%.` })
  }
  if (f.maleBonusPercent === 0 && (f.meanBonusGap !== null || f.medianBonusGap !== null)) {
    flags.push({
      code: 'bonus-gap-without-male-bonus',
      message: 'No man received a bonus, so the bonus gaps should be blank, but figures are given.',
    })
  }
  const top = f.quarters[3]?.[1]
  const lower = f.quarters[0]?.[1]
  if (
    f.medianHourlyGap === 0 &&
    top !== null &&
    top !== undefined &&
    lower !== null &&
    lower !== undefined &&
    Math.abs(top - lower) > PLAUSIBLE_QUARTER_SPREAD
  ) {
    flags.push({
      code: 'implausible-zero-median',
      message: `The median gap is exactly 0, yet women are ${lower}% of the lower quarter and ${top}% of the top quarter.`,
    })
  }
  return flags
}
