import { compareStepCodes } from '../../domain/plan/parsePlan'
import type { ContentEntry, ContentKey } from '../loaders/contentCollections'

/**
 * Published content, sorted and indexed for the pages. Pure, so tests build it
 * from small synthetic data. Types come from the content table's zod schemas
 * (loaders/contentCollections.ts), which are what each entry was validated against.
 */
export type Stage = ContentEntry<'stages'>
export type Priority = ContentEntry<'priorities'>
export type Action = ContentEntry<'actions'>
export type Step = ContentEntry<'steps'>
export type Organisation = ContentEntry<'organisations'>
export type Commitment = ContentEntry<'commitments'>
export type StatusChange = ContentEntry<'statusChanges'>
export type PayGapReport = ContentEntry<'payGapReports'>
export type WorkforceProfile = ContentEntry<'workforceProfiles'>
export type Grant = ContentEntry<'grants'>
export type FundingApplication = ContentEntry<'fundingApplications'>
export type FundingTarget = ContentEntry<'fundingTargets'>
export type Resource = ContentEntry<'resources'>
export type ResourceFile = ContentEntry<'resourceFiles'>
export type CaseStudy = ContentEntry<'caseStudies'>
export type TrackerAction = ContentEntry<'trackerActions'>
export type TrackerChange = ContentEntry<'trackerChanges'>
export type DatasetReleaseEntry = ContentEntry<'datasetReleases'>
export type Correction = ContentEntry<'corrections'>
/** A level-1 or level-2 figure: one measure, period and group. */
export type SeriesFigure = ContentEntry<'cityIndicators'>
export type EqualityPublication = ContentEntry<'equalityPublications'>
export type AnnualReturn = ContentEntry<'returns'>
export type Metric = ContentEntry<'metrics'>

/** Every content collection's entries, as loaded: one list per entry of the content table. */
export type RawContent = { [K in ContentKey]: ContentEntry<K>[] }

export interface PortalContent {
  stages: Stage[]
  priorities: Priority[]
  actions: Action[]
  steps: Step[]
  organisations: Organisation[]
  commitments: Commitment[]
  stageById: Map<string, Stage>
  priorityById: Map<string, Priority>
  actionById: Map<string, Action>
  stepById: Map<string, Step>
  organisationById: Map<string, Organisation>
  commitmentsByOrganisation: Map<string, Commitment[]>
  commitmentsByStep: Map<string, Commitment[]>
  historyByCommitment: Map<string, StatusChange[]>
  /** Published pay-gap reports whose organisation is published, by year then organisation name. */
  payGapReports: PayGapReport[]
  payGapReportsByOrganisation: Map<string, PayGapReport[]>
  workforceProfiles: WorkforceProfile[]
  workforceByOrganisation: Map<string, WorkforceProfile[]>
  /** Grants, newest award first. A funder or recipient not on the portal is named from the grant. */
  grants: Grant[]
  grantsByFunder: Map<string, Grant[]>
  grantsByRecipient: Map<string, Grant[]>
  /** Applications and targets whose funder is published. */
  fundingApplications: FundingApplication[]
  fundingTargets: FundingTarget[]
  /** Library resources whose organisation is published, newest first. */
  resources: Resource[]
  resourceFileById: Map<string, ResourceFile>
  resourcesByStep: Map<string, Resource[]>
  resourcesByOrganisation: Map<string, Resource[]>
  /** Published commitments that cite each resource. */
  commitmentsByResource: Map<string, Commitment[]>
  caseStudies: CaseStudy[]
  caseStudiesByStep: Map<string, CaseStudy[]>
  caseStudiesByOrganisation: Map<string, CaseStudy[]>
  trackerActions: TrackerAction[]
  /** Changes of each action's rating or status, oldest first. */
  trackerChangesByAction: Map<string, TrackerChange[]>
  /** Each dataset's releases, oldest first. */
  releasesByDataset: Map<string, DatasetReleaseEntry[]>
  /** Corrections to published records, newest first. */
  corrections: Correction[]
  /** Level 1: city-wide indicators, by measure, group, then date. */
  cityIndicators: SeriesFigure[]
  /** Level 2: perception survey results, by measure, group, then date. */
  surveyResults: SeriesFigure[]
  /** PSED publications whose organisation is published, newest first. */
  equalityPublications: EqualityPublication[]
  /** Published annual returns whose organisation is published, by organisation then year. */
  returns: AnnualReturn[]
  returnsByOrganisation: Map<string, AnnualReturn[]>
  /** The level-3 metric catalogue, by code. */
  metrics: Metric[]
  metricById: Map<string, Metric>
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]))

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** Items listed under each of several keys (a resource under each of its steps). */
function groupByMany<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) for (const key of new Set(keys(item))) groups.set(key, [...(groups.get(key) ?? []), item])
  return groups
}

/** Series in the order the pages draw them: by measure, group, then date. */
const bySeries = (a: SeriesFigure, b: SeriesFigure) =>
  a.priority - b.priority ||
  a.measure.localeCompare(b.measure, 'en-GB') ||
  a.group.localeCompare(b.group, 'en-GB') ||
  a.date.localeCompare(b.date)

export function indexContent(raw: RawContent): PortalContent {
  const stages = [...raw.stages].sort((a, b) => a.order - b.order)
  const priorities = [...raw.priorities].sort((a, b) => a.number - b.number)
  const actions = [...raw.actions].sort((a, b) => a.number - b.number)
  const steps = [...raw.steps].sort(compareStepCodes)
  const organisations = [...raw.organisations].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  const organisationById = byId(organisations)
  const stepById = byId(steps)
  // A commitment is public only with its organisation and step public too.
  const commitments = raw.commitments.filter((c) => organisationById.has(c.organisation) && stepById.has(c.step))
  const history = [...raw.statusChanges].sort((a, b) => a.at.localeCompare(b.at))
  const payGapReports = raw.payGapReports
    .filter((r) => organisationById.has(r.organisation))
    .sort(
      (a, b) =>
        a.year - b.year || organisationById.get(a.organisation)!.name.localeCompare(organisationById.get(b.organisation)!.name, 'en-GB'),
    )
  const workforceProfiles = raw.workforceProfiles
    .filter((p) => organisationById.has(p.organisation))
    .sort((a, b) => a.published.localeCompare(b.published))
  const resources = raw.resources
    .filter((r) => organisationById.has(r.organisation))
    .sort((a, b) => b.publicationDate.localeCompare(a.publicationDate) || a.title.localeCompare(b.title, 'en-GB'))
  const caseStudies = [...raw.caseStudies].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
  const returns = raw.returns
    .filter((r) => organisationById.has(r.organisation))
    .sort((a, b) => a.organisation.localeCompare(b.organisation) || a.year - b.year)
  const metrics = [...raw.metrics].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
  const grants = [...raw.grants].sort((a, b) => b.awardDate.localeCompare(a.awardDate) || a.grantId.localeCompare(b.grantId))
  return {
    stages,
    priorities,
    actions,
    steps,
    organisations,
    commitments,
    stageById: byId(stages),
    priorityById: byId(priorities),
    actionById: byId(actions),
    stepById,
    organisationById,
    commitmentsByOrganisation: groupBy(commitments, (c) => c.organisation),
    commitmentsByStep: groupBy(commitments, (c) => c.step),
    historyByCommitment: groupBy(history, (h) => h.commitment),
    payGapReports,
    payGapReportsByOrganisation: groupBy(payGapReports, (r) => r.organisation),
    workforceProfiles,
    workforceByOrganisation: groupBy(workforceProfiles, (p) => p.organisation),
    grants,
    grantsByFunder: groupBy(
      grants.filter((g) => g.funder.organisation && organisationById.has(g.funder.organisation)),
      (g) => g.funder.organisation as string,
    ),
    grantsByRecipient: groupBy(
      grants.filter((g) => g.recipient.organisation && organisationById.has(g.recipient.organisation)),
      (g) => g.recipient.organisation as string,
    ),
    fundingApplications: raw.fundingApplications.filter((a) => organisationById.has(a.funder)),
    fundingTargets: raw.fundingTargets.filter((t) => organisationById.has(t.funder)),
    resources,
    resourceFileById: byId(raw.resourceFiles),
    resourcesByStep: groupByMany(resources, (r) => r.steps),
    resourcesByOrganisation: groupBy(resources, (r) => r.organisation),
    commitmentsByResource: groupByMany(commitments, (c) => c.resources),
    caseStudies,
    caseStudiesByStep: groupByMany(caseStudies, (c) => c.steps),
    caseStudiesByOrganisation: groupByMany(caseStudies, (c) => c.organisations),
    trackerActions: [...raw.trackerActions].sort((a, b) => a.order - b.order),
    trackerChangesByAction: groupBy(raw.trackerChanges, (c) => c.action),
    releasesByDataset: groupBy(
      [...raw.datasetReleases].sort((a, b) => a.number - b.number),
      (r) => r.dataset,
    ),
    corrections: [...raw.corrections].sort((a, b) => b.correctedAt.localeCompare(a.correctedAt)),
    cityIndicators: [...raw.cityIndicators].sort(bySeries),
    surveyResults: [...raw.surveyResults].sort(bySeries),
    equalityPublications: raw.equalityPublications
      .filter((p) => organisationById.has(p.organisation))
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)),
    returns,
    returnsByOrganisation: groupBy(returns, (r) => r.organisation),
    metrics,
    metricById: byId(metrics),
  }
}
