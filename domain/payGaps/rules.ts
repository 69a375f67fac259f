/**
 * The Gender Pay Gap Service's own rules, and plausibility checks, applied to
 * one report's figures. The service wrote them for men and women; they hold for
 * any pair of groups compared (White and Black staff; non-disabled and disabled
 * staff), so every importer applies them. A record that breaks one is published
 * with the flag, never hidden or changed. Shares are percentages.
 */
export interface PayGapFigures {
  meanHourlyGap: number | null
  medianHourlyGap: number | null
  meanBonusGap: number | null
  medianBonusGap: number | null
  referenceBonusShare: number | null
  comparisonBonusShare: number | null
  /** [reference, comparison] share of each pay quarter, lower to top. */
  quarters: Array<[number | null, number | null]>
}

/** How the groups are named in messages, in the plural: "men" and "women". */
export interface GroupNames {
  reference: string
  comparison: string
}

export interface Flag {
  code: string
  message: string
}

export const GENDER_GROUPS: GroupNames = { reference: 'men', comparison: 'women' }

/** Published shares are rounded to one decimal place, so the two shares may miss 100 by that rounding. */
export const QUARTER_SUM_TOLERANCE = 0.1
/** A zero median gap is implausible when the comparison group's share of the top and lower quarters differs by more than this. */
export const PLAUSIBLE_QUARTER_SPREAD = 30

const QUARTER_NAMES = ['lower', 'lower middle', 'upper middle', 'top']

const possessive = (group: string) => (group.endsWith('s') ? `${group}’` : `${group}’s`)
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function payGapFlags(f: PayGapFigures, groups: GroupNames = GENDER_GROUPS): Flag[] {
  const flags: Flag[] = []
  f.quarters.forEach(([reference, comparison], i) => {
    if (reference !== null && comparison !== null && Math.abs(reference + comparison - 100) > QUARTER_SUM_TOLERANCE) {
      flags.push({
        code: 'quarter-sum',
        message: `${capitalised(possessive(groups.reference))} and ${possessive(groups.comparison)} shares of the ${QUARTER_NAMES[i]} quarter add up to ${+(reference + comparison).toFixed(2)}, not 100.`,
      })
    }
  })
  const shares: Array<[string, number | null]> = [
    [`${groups.reference} receiving a bonus`, f.referenceBonusShare],
    [`${groups.comparison} receiving a bonus`, f.comparisonBonusShare],
    ...f.quarters.flatMap(([reference, comparison], i): Array<[string, number | null]> => [
      [`${groups.reference} in the ${QUARTER_NAMES[i]} quarter`, reference],
      [`${groups.comparison} in the ${QUARTER_NAMES[i]} quarter`, comparison],
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
  if (f.referenceBonusShare === 0 && (f.meanBonusGap !== null || f.medianBonusGap !== null)) {
    flags.push({
      code: 'bonus-gap-without-reference-bonus',
      message: `None of the ${groups.reference} received a bonus, so the bonus gaps should be blank, but figures are given.`,
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
      message: `The median gap is exactly 0, yet ${groups.comparison} are ${lower}% of the lower quarter and ${top}% of the top quarter.`,
    })
  }
  return flags
}
