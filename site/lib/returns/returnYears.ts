import { compareReturns, type YearComparison } from '../../../domain/returns/compareReturns'
import { compareStepCodes } from '../../../domain/plan/parsePlan'
import type { AnnualReturn } from '../content'

/** An organisation's returns oldest first, each with what changed since the year before (domain/returns/compareReturns.ts). */
export function returnYears(returns: AnnualReturn[]): Array<{ annualReturn: AnnualReturn; comparison: YearComparison }> {
  const sorted = [...returns].sort((a, b) => a.year - b.year)
  const comparisons = compareReturns(
    sorted.map((r) => ({ year: r.year, steps: r.steps.map((s) => ({ step: s.step, status: s.status, stage: s.stage ?? '' })) })),
    (a, b) => compareStepCodes({ code: a }, { code: b }),
  )
  return sorted.map((annualReturn, i) => ({ annualReturn, comparison: comparisons[i] }))
}
