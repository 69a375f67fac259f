/**
 * One organisation's annual returns side by side: for each year after the
 * first, what moved since the year before (a step's status or stage changed),
 * what is new (a step addressed that was not the year before) and what was
 * dropped (a step addressed the year before and not this year). Pure, so the
 * profile page and its tests share it.
 */
export interface StepAnswerForComparison {
  /** Step code, e.g. "1.1.4". */
  step: string
  status: string
  /** The step's maturity stage as the return recorded it. */
  stage: string
}

export interface ReturnForComparison {
  year: number
  steps: StepAnswerForComparison[]
}

export interface StepMove {
  step: string
  from: { status: string; stage: string }
  to: { status: string; stage: string }
}

export interface YearComparison {
  year: number
  /** The year compared with, or undefined for the first return. */
  previousYear?: number
  moved: StepMove[]
  added: StepAnswerForComparison[]
  dropped: StepAnswerForComparison[]
  unchanged: StepAnswerForComparison[]
}

const byStep = (steps: StepAnswerForComparison[]) => new Map(steps.map((s) => [s.step, s]))

/** Compares each return with the one of the latest earlier year; returns come back oldest first. */
export function compareReturns(
  returns: ReturnForComparison[],
  compareSteps: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'en', { numeric: true }),
): YearComparison[] {
  const sorted = [...returns].sort((a, b) => a.year - b.year)
  const sortSteps = <T extends { step: string }>(items: T[]) => items.sort((a, b) => compareSteps(a.step, b.step))
  return sorted.map((current, index) => {
    const previous = index > 0 ? sorted[index - 1] : undefined
    if (!previous) return { year: current.year, moved: [], added: sortSteps([...current.steps]), dropped: [], unchanged: [] }
    const before = byStep(previous.steps)
    const now = byStep(current.steps)
    const moved: StepMove[] = []
    const added: StepAnswerForComparison[] = []
    const unchanged: StepAnswerForComparison[] = []
    for (const answer of now.values()) {
      const earlier = before.get(answer.step)
      if (!earlier) added.push(answer)
      else if (earlier.status !== answer.status || earlier.stage !== answer.stage)
        moved.push({
          step: answer.step,
          from: { status: earlier.status, stage: earlier.stage },
          to: { status: answer.status, stage: answer.stage },
        })
      else unchanged.push(answer)
    }
    const dropped = [...before.values()].filter((answer) => !now.has(answer.step))
    return {
      year: current.year,
      previousYear: previous.year,
      moved: sortSteps(moved),
      added: sortSteps(added),
      dropped: sortSteps(dropped),
      unchanged: sortSteps(unchanged),
    }
  })
}
