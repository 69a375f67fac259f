import { defineCollection } from 'astro:content'
import { readPublished, readStatusHistory, readTriHistory } from './loaders/payloadSource'
import {
  actionSchema,
  caseStudySchema,
  commitmentSchema,
  correctionSchema,
  datasetReleaseSchema,
  fundingApplicationSchema,
  fundingTargetSchema,
  grantSchema,
  payGapReportSchema,
  workforceProfileSchema,
  organisationSchema,
  prioritySchema,
  resourceFileSchema,
  resourceSchema,
  stageSchema,
  statusChangeSchema,
  stepSchema,
  triActionSchema,
  triChangeSchema,
} from './loaders/schemas'

/** One loader per collection; entries are validated by the zod schemas in loaders/schemas.ts. */
const withStringIds = (docs: Array<Record<string, unknown>>) => docs.map((doc) => ({ ...doc, id: String(doc.id) }))

export const collections = {
  stages: defineCollection({ loader: async () => withStringIds(await readPublished('stages')), schema: stageSchema }),
  priorities: defineCollection({ loader: async () => withStringIds(await readPublished('priorities')), schema: prioritySchema }),
  actions: defineCollection({ loader: async () => withStringIds(await readPublished('actions')), schema: actionSchema }),
  steps: defineCollection({ loader: async () => withStringIds(await readPublished('steps')), schema: stepSchema }),
  organisations: defineCollection({ loader: async () => withStringIds(await readPublished('organisations')), schema: organisationSchema }),
  commitments: defineCollection({ loader: async () => withStringIds(await readPublished('commitments')), schema: commitmentSchema }),
  payGapReports: defineCollection({
    loader: async () => withStringIds(await readPublished('pay-gap-reports')),
    schema: payGapReportSchema,
  }),
  workforceProfiles: defineCollection({
    loader: async () => withStringIds(await readPublished('workforce-profiles')),
    schema: workforceProfileSchema,
  }),
  grants: defineCollection({ loader: async () => withStringIds(await readPublished('grants')), schema: grantSchema }),
  fundingApplications: defineCollection({
    loader: async () => withStringIds(await readPublished('funding-applications')),
    schema: fundingApplicationSchema,
  }),
  fundingTargets: defineCollection({
    loader: async () => withStringIds(await readPublished('funding-targets')),
    schema: fundingTargetSchema,
  }),
  resources: defineCollection({ loader: async () => withStringIds(await readPublished('resources')), schema: resourceSchema }),
  resourceFiles: defineCollection({ loader: async () => withStringIds(await readPublished('resource-files')), schema: resourceFileSchema }),
  caseStudies: defineCollection({ loader: async () => withStringIds(await readPublished('case-studies')), schema: caseStudySchema }),
  triActions: defineCollection({ loader: async () => withStringIds(await readPublished('tri-actions')), schema: triActionSchema }),
  triChanges: defineCollection({
    loader: async () => (await readTriHistory()).map((change, index) => ({ ...change, id: String(index) })),
    schema: triChangeSchema,
  }),
  datasetReleases: defineCollection({
    loader: async () => withStringIds(await readPublished('dataset-releases')),
    schema: datasetReleaseSchema,
  }),
  corrections: defineCollection({ loader: async () => withStringIds(await readPublished('corrections')), schema: correctionSchema }),
  statusChanges: defineCollection({
    loader: async () => (await readStatusHistory()).map((change, index) => ({ ...change, id: String(index) })),
    schema: statusChangeSchema,
  }),
}
