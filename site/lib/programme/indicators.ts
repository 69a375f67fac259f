import { fundingShare, wilsonInterval, type FundingShare, type Proportion } from '../../../domain/funding/equityMeasures'
import type { Organisation, PortalContent } from '../indexContent'

/**
 * The programme's own progress, computed from what the portal publishes, each
 * figure with its base (who is counted): organisations that adopted the plan
 * against the aim of 100 (002_..., risks: "secure the commitment of 100
 * partner organisations"); commitments by priority, stage and status over
 * time (their published status history); participants publishing all three
 * pay gaps in one year (step 1.1.4); accredited London Living Wage employers
 * among participants (step 2.4.1); and the share of funding to
 * equalities-led organisations (action 13). Pure, on the indexed content.
 */
export const ADOPTION_AIM = 100
export const PAY_GAP_STEP = '1.1.4'
export const LIVING_WAGE_STEP = '2.4.1'
const AT_LEAST_COMPLETE = new Set(['complete', 'embedded'])
const THREE_GAPS = ['gender', 'ethnicity', 'disability'] as const

/** A participant: a published organisation with an adoption date, or with at least one published commitment. */
export function participants(content: PortalContent): Organisation[] {
  return content.organisations.filter((o) => o.adoptedPlanOn || (content.commitmentsByOrganisation.get(o.id)?.length ?? 0) > 0)
}

export interface Adoption {
  adopted: number
  aim: number
  /** Participants by the year they joined: the adoption date, or their first commitment's first published status. */
  byYear: Array<{ year: number; joined: number; cumulative: number }>
  /** Participants with no date at all (none in practice: a published commitment has a published version). */
  undated: number
}

export function adoption(content: PortalContent): Adoption {
  const list = participants(content)
  const years = new Map<number, number>()
  let undated = 0
  for (const o of list) {
    const firstStatus = (content.commitmentsByOrganisation.get(o.id) ?? [])
      .flatMap((c) => content.historyByCommitment.get(c.id) ?? [])
      .map((h) => h.at)
      .sort()[0]
    const joined = o.adoptedPlanOn ?? firstStatus
    if (!joined) undated++
    else years.set(Number(joined.slice(0, 4)), (years.get(Number(joined.slice(0, 4))) ?? 0) + 1)
  }
  let cumulative = 0
  const byYear = [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, joined]) => ({ year, joined, cumulative: (cumulative += joined) }))
  return { adopted: list.length, aim: ADOPTION_AIM, byYear, undated }
}

export interface CommitmentCount {
  /** The snapshot: 31 December of a past year, or today for the current year (ISO date). */
  asOf: string
  priority: number
  stage: string
  status: string
  commitments: number
}

/**
 * Published commitments by priority, maturity stage of their step and status,
 * at the end of each year from the first published status to today: each
 * commitment counted at the last status it had published by then.
 */
export function commitmentsOverTime(content: PortalContent, today = new Date()): CommitmentCount[] {
  const histories = content.commitments.map((c) => ({ c, history: content.historyByCommitment.get(c.id) ?? [] }))
  const first = histories.flatMap((h) => h.history.map((x) => x.at)).sort()[0]
  if (!first) return []
  const todayIso = today.toISOString().slice(0, 10)
  const snapshots: string[] = []
  for (let year = Number(first.slice(0, 4)); year <= today.getUTCFullYear(); year++)
    snapshots.push(year === today.getUTCFullYear() ? todayIso : `${year}-12-31`)
  const counts = new Map<string, CommitmentCount>()
  for (const asOf of snapshots)
    for (const { c, history } of histories) {
      const status = history.filter((h) => h.at.slice(0, 10) <= asOf).at(-1)?.status
      const step = content.stepById.get(c.step)
      const priority = step ? content.priorityById.get(step.priority)?.number : undefined
      if (!status || !step || priority === undefined) continue
      const key = `${asOf}|${priority}|${step.stage}|${status}`
      const entry = counts.get(key) ?? { asOf, priority, stage: step.stage, status, commitments: 0 }
      entry.commitments++
      counts.set(key, entry)
    }
  return [...counts.values()]
}

export interface ParticipantShare {
  /** Participants meeting the measure, by name. */
  organisations: Organisation[]
  /** All participants: the base. */
  base: number
  /** As a proportion with its Wilson interval; estimate null with no participants. */
  share: Proportion
}

const participantShare = (met: Organisation[], base: number): ParticipantShare => ({
  organisations: met,
  base,
  share: wilsonInterval(met.length, base),
})

/** Participants that published gender, ethnicity and disability pay gaps for the same year (step 1.1.4). */
export function allThreePayGaps(content: PortalContent): ParticipantShare & { years: Map<string, number[]> } {
  const list = participants(content)
  const years = new Map<string, number[]>()
  const met = list.filter((o) => {
    const byYear = new Map<number, Set<string>>()
    for (const r of content.payGapReportsByOrganisation.get(o.id) ?? [])
      byYear.set(r.year, (byYear.get(r.year) ?? new Set()).add(r.characteristic))
    const complete = [...byYear.entries()].filter(([, set]) => THREE_GAPS.every((c) => set.has(c))).map(([y]) => y)
    if (complete.length > 0) years.set(o.id, complete.sort())
    return complete.length > 0
  })
  return { ...participantShare(met, list.length), years }
}

/** Participants whose commitment on step 2.4.1 (London Living Wage accreditation) is complete or embedded. */
export function livingWageEmployers(content: PortalContent): ParticipantShare {
  const list = participants(content)
  const met = list.filter((o) =>
    (content.commitmentsByOrganisation.get(o.id) ?? []).some(
      (c) => content.stepById.get(c.step)?.code === LIVING_WAGE_STEP && AT_LEAST_COMPLETE.has(c.status),
    ),
  )
  return participantShare(met, list.length)
}

export interface EqualitiesLedFunding {
  share: FundingShare
  /** The share by count, with its Wilson interval. */
  byCount: Proportion
  /** One sentence, saying so when no grant asked the question. */
  summary: string
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`

/** The share of grants and funding to equalities-led organisations (action 13), on the grants asked and answered. */
export function equalitiesLedFunding(content: PortalContent): EqualitiesLedFunding {
  const share = fundingShare(content.grants.map((g) => ({ amountAwarded: g.amountAwarded, leadership: g.dei.leadership })))
  const byCount = wilsonInterval(share.equalitiesLed.grants, share.base.grants)
  const summary =
    share.all.grants === 0
      ? 'No grants data has been published on the portal yet, so the share cannot be computed.'
      : share.base.grants === 0
        ? `None of the ${share.all.grants.toLocaleString('en-GB')} grants published asked, and had answered, whether the recipient is led by communities facing inequity, so the share cannot be computed.`
        : `Of the ${share.base.grants.toLocaleString('en-GB')} grants whose recipient was asked and answered whether it is led by communities facing inequity (out of ${share.all.grants.toLocaleString('en-GB')} published), ${share.equalitiesLed.grants.toLocaleString('en-GB')} went to equalities-led organisations: ${percent(byCount.estimate!)} (95% interval ${percent(byCount.lower!)} to ${percent(byCount.upper!)})${share.shareByAmount === null ? '' : `, and ${percent(share.shareByAmount / 100)} of the amount`}.`
  return { share, byCount, summary }
}
