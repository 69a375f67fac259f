import type { z } from 'astro/zod'
import { readPublished, readStatusHistory, readTriHistory, type PublicCollection } from '../../loaders/payloadSource'
import * as schemas from '../../loaders/schemas'
import { indexContent, type PortalContent, type RawContent } from '../indexContent'

/**
 * The published content as the site build sees it, read outside Astro for the
 * release step (scripts/build-site.ts records releases before Astro renders
 * the pages that list them). Same source and same zod schemas as the
 * loaders in content.config.ts; the release step's CSV is checked against the
 * site's own by the e2e tests, so the two cannot drift unnoticed.
 * TODO(lead): once content.config.ts is one table (slug -> schema), read that table here.
 */
const COLLECTIONS: Array<[keyof RawContent, PublicCollection, z.ZodType]> = [
  ['stages', 'stages', schemas.stageSchema],
  ['priorities', 'priorities', schemas.prioritySchema],
  ['actions', 'actions', schemas.actionSchema],
  ['steps', 'steps', schemas.stepSchema],
  ['organisations', 'organisations', schemas.organisationSchema],
  ['commitments', 'commitments', schemas.commitmentSchema],
  ['payGapReports', 'pay-gap-reports', schemas.payGapReportSchema],
  ['workforceProfiles', 'workforce-profiles', schemas.workforceProfileSchema],
  ['grants', 'grants', schemas.grantSchema],
  ['fundingApplications', 'funding-applications', schemas.fundingApplicationSchema],
  ['fundingTargets', 'funding-targets', schemas.fundingTargetSchema],
  ['resources', 'resources', schemas.resourceSchema],
  ['resourceFiles', 'resource-files', schemas.resourceFileSchema],
  ['caseStudies', 'case-studies', schemas.caseStudySchema],
  ['triActions', 'tri-actions', schemas.triActionSchema],
  ['datasetReleases', 'dataset-releases', schemas.datasetReleaseSchema],
  ['corrections', 'corrections', schemas.correctionSchema],
]

export async function readContentOutsideAstro(): Promise<PortalContent> {
  const raw: Record<string, unknown> = {}
  for (const [key, collection, schema] of COLLECTIONS) {
    raw[key] = (await readPublished(collection)).map((doc) => ({ ...(schema.parse(doc) as object), id: String(doc.id) }))
  }
  raw.statusChanges = (await readStatusHistory()).map((change) => schemas.statusChangeSchema.parse(change))
  raw.triChanges = (await readTriHistory()).map((change) => schemas.triChangeSchema.parse(change))
  return indexContent(raw as unknown as RawContent)
}
