import { config } from '../../domain/config'
import { skippedRecordsFileFor } from '../loaders/skippedRecords'
import type { PortalContent } from './indexContent'
import { readPortalContent } from './readContent'

export type { WorkforceProfile } from './indexContent'
export type {
  Action,
  AnnualReturn,
  Metric,
  CaseStudy,
  Correction,
  DatasetReleaseEntry,
  EqualityPublication,
  SeriesFigure,
  Commitment,
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
  TrackerAction,
  TrackerChange,
} from './indexContent'

/**
 * All published content, loaded once per build and indexed for the pages. Pages
 * read this, never the database (lib/readContent.ts reads it); what the build
 * leaves out is listed beside its output for the build summary.
 */
let cached: Promise<PortalContent> | undefined

export function portalContent(): Promise<PortalContent> {
  cached ??= readPortalContent({ listSkippedIn: skippedRecordsFileFor(config.siteOutDir) })
  return cached
}
