import { getCollection } from 'astro:content'
import { indexContent, type PortalContent } from './indexContent'

export type { WorkforceProfile } from './indexContent'
export type {
  Action,
  CaseStudy,
  Commitment,
  Correction,
  DatasetReleaseEntry,
  FundingApplication,
  FundingTarget,
  Grant,
  Organisation,
  PayGapReport,
  PortalContent,
  Priority,
  Resource,
  ResourceFile,
  Stage,
  StatusChange,
  Step,
  TriAction,
  TriChange,
} from './indexContent'

/**
 * All published content, loaded once per build and indexed for the pages. Pages
 * read this, never the database.
 */
const flatten = <T>(entries: Array<{ id: string; data: T }>) => entries.map((e) => ({ ...e.data, id: e.id }))

let cached: Promise<PortalContent> | undefined

async function load(): Promise<PortalContent> {
  return indexContent({
    stages: flatten(await getCollection('stages')),
    priorities: flatten(await getCollection('priorities')),
    actions: flatten(await getCollection('actions')),
    steps: flatten(await getCollection('steps')),
    organisations: flatten(await getCollection('organisations')),
    commitments: flatten(await getCollection('commitments')),
    statusChanges: (await getCollection('statusChanges')).map((e) => e.data),
    payGapReports: flatten(await getCollection('payGapReports')),
    workforceProfiles: flatten(await getCollection('workforceProfiles')),
    grants: flatten(await getCollection('grants')),
    fundingApplications: flatten(await getCollection('fundingApplications')),
    fundingTargets: flatten(await getCollection('fundingTargets')),
    resources: flatten(await getCollection('resources')),
    resourceFiles: flatten(await getCollection('resourceFiles')),
    caseStudies: flatten(await getCollection('caseStudies')),
    triActions: flatten(await getCollection('triActions')),
    triChanges: (await getCollection('triChanges')).map((e) => e.data),
    datasetReleases: flatten(await getCollection('datasetReleases')),
    corrections: flatten(await getCollection('corrections')),
  })
}

export function portalContent(): Promise<PortalContent> {
  cached ??= load()
  return cached
}
