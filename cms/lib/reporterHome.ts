import type { Payload } from 'payload'
import { idOf, reporterOrganisation, type PortalUser } from '../access/roles'
import { itemsInReviewState, type WaitingItem } from './curatorQueue'

export interface HomeStep {
  code: string
  text: string
  stage: string
  /** The status this year's return gives the step, if it addresses it. */
  status?: string
}
export interface HomeAction {
  number: number
  text: string
  steps: HomeStep[]
}
export interface HomePriority {
  number: number
  name: string
  actions: HomeAction[]
  answered: number
  total: number
}
export interface ReporterHomeData {
  organisation: { id: number | string; name: string }
  year: number
  thisYearsReturn?: { id: number | string; reviewState: string; comment?: string | null }
  answered: number
  totalSteps: number
  priorities: HomePriority[]
  waiting: WaitingItem[]
  sentBack: WaitingItem[]
}

/** The year a return made today covers: the calendar year (the Returns collection's "Reporting year"). */
export const returnYearFor = (now: Date) => now.getFullYear()

interface Named {
  id: string
  number?: number
  name?: string
  text?: string
}

/**
 * What a reporter's admin home shows, read as the reporter through the access
 * rules: their organisation, this year's return and how many of the plan's
 * steps it answers (by priority), every step by priority and action with its
 * text and stage, and their records waiting for review or sent back.
 */
export async function reporterHomeData(payload: Payload, user: PortalUser, now = new Date()): Promise<ReporterHomeData | undefined> {
  const organisationId = reporterOrganisation(user)
  if (organisationId === undefined) return undefined
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const year = returnYearFor(now)
  const [organisation, returns, steps, priorities, actions, stages] = await Promise.all([
    payload.findByID({ collection: 'organisations', id: organisationId, ...asUser }),
    payload.find({
      collection: 'returns',
      where: { and: [{ organisation: { equals: organisationId } }, { year: { equals: year } }] },
      draft: true,
      limit: 1,
      ...asUser,
    }),
    payload.find({ collection: 'steps', sort: 'sortKey', limit: 500, pagination: false, ...asUser }),
    payload.find({ collection: 'priorities', sort: 'number', limit: 100, pagination: false, ...asUser }),
    payload.find({ collection: 'actions', sort: 'number', limit: 100, pagination: false, ...asUser }),
    payload.find({ collection: 'stages', limit: 100, pagination: false, ...asUser }),
  ])
  const thisYear = returns.docs[0]
  const statusByStep = new Map((thisYear?.steps ?? []).map((row) => [String(idOf(row.step)), row.status]))
  const stageName = new Map((stages.docs as Named[]).map((stage) => [stage.id, stage.name ?? stage.id]))
  const byPriority = new Map<string, HomePriority>(
    (priorities.docs as Named[]).map((p) => [p.id, { number: p.number ?? 0, name: p.name ?? '', actions: [], answered: 0, total: 0 }]),
  )
  const byAction = new Map<string, HomeAction>()
  for (const action of actions.docs as Array<Named & { priority?: unknown }>) {
    const home: HomeAction = { number: action.number ?? 0, text: action.text ?? '', steps: [] }
    byAction.set(action.id, home)
    byPriority.get(String(idOf(action.priority)))?.actions.push(home)
  }
  for (const step of steps.docs) {
    const status = statusByStep.get(String(step.id))
    byAction.get(String(idOf(step.action)))?.steps.push({
      code: step.code,
      text: step.text,
      stage: stageName.get(String(idOf(step.stage))) ?? '',
      status: status ?? undefined,
    })
    const priority = byPriority.get(String(idOf(step.priority)))
    if (priority) {
      priority.total++
      if (status) priority.answered++
    }
  }
  const [waiting, sentBack] = await Promise.all([
    itemsInReviewState(payload, user, 'submitted', now),
    itemsInReviewState(payload, user, 'changes-requested', now),
  ])
  return {
    organisation: { id: organisation.id, name: organisation.name },
    year,
    thisYearsReturn: thisYear && { id: thisYear.id, reviewState: thisYear.review?.state ?? 'draft', comment: thisYear.review?.comment },
    answered: statusByStep.size,
    totalSteps: steps.docs.length,
    priorities: [...byPriority.values()].sort((a, b) => a.number - b.number),
    waiting,
    sentBack,
  }
}
