import type { PortalContent } from '../content'
import { commitmentsDataset } from './commitments'
import { correctionsDataset } from './corrections'
import { applicationSuccessDataset, fundingMeasuresDataset, grantsDataset } from './funding'
import { cityIndicatorsDataset, surveyResultsDataset } from './levels'
import { organisationsDataset } from './organisations'
import { payGapsDataset, payGapsLongDataset, payGapYearDatasets } from './payGaps'
import { planStepsDataset } from './planSteps'
import { programmeIndicatorsDataset } from './programmeIndicators'
import { equalityPublicationsDataset } from './publicationDuties'
import { metricAnswersDataset, metricsDataset, returnsDataset } from './returns'
import { statusHistoryDataset } from './statusHistory'
import type { DatasetSpec } from './types'
import { workforceDataset } from './workforce'

/** Every published dataset whose shape does not depend on the content. Features add theirs here; the catalogue, files and metadata follow. */
export const DATASETS: readonly DatasetSpec[] = [
  organisationsDataset,
  commitmentsDataset,
  planStepsDataset,
  statusHistoryDataset,
  returnsDataset,
  metricsDataset,
  metricAnswersDataset,
  payGapsDataset,
  payGapsLongDataset,
  workforceDataset,
  grantsDataset,
  fundingMeasuresDataset,
  applicationSuccessDataset,
  cityIndicatorsDataset,
  surveyResultsDataset,
  programmeIndicatorsDataset,
  equalityPublicationsDataset,
  correctionsDataset,
]

/** All datasets for this build: the fixed ones and those made per year of data. */
export function datasetSpecs(content: PortalContent): DatasetSpec[] {
  return [...DATASETS, ...payGapYearDatasets(content)]
}

/**
 * The datasets a dataset's foreign keys lead to, directly or through others
 * (commitment-status-history → commitments → organisations, plan-steps), each
 * once. Its data package bundles them, so every key resolves inside the package
 * and Frictionless tools open it on its own.
 */
export function referencedDatasets(spec: DatasetSpec, specs: readonly DatasetSpec[]): DatasetSpec[] {
  const found: DatasetSpec[] = []
  const visit = (current: DatasetSpec) => {
    for (const fk of current.foreignKeys ?? []) {
      const target = specs.find((d) => d.slug === fk.reference.resource)
      if (!target || target.slug === spec.slug || found.includes(target)) continue
      found.push(target)
      visit(target)
    }
  }
  visit(spec)
  return found
}
