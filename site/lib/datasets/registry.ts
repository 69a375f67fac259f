import type { PortalContent } from '../content'
import { commitmentsDataset } from './commitments'
import { applicationSuccessDataset, fundingMeasuresDataset, grantsDataset } from './funding'
import { organisationsDataset } from './organisations'
import { payGapsDataset, payGapYearDatasets } from './payGaps'
import { planStepsDataset } from './planSteps'
import { statusHistoryDataset } from './statusHistory'
import type { DatasetSpec } from './types'
import { workforceDataset } from './workforce'

/** Every published dataset whose shape does not depend on the content. Features add theirs here; the catalogue, files and metadata follow. */
export const DATASETS: readonly DatasetSpec[] = [
  organisationsDataset,
  commitmentsDataset,
  planStepsDataset,
  statusHistoryDataset,
  payGapsDataset,
  workforceDataset,
  grantsDataset,
  fundingMeasuresDataset,
  applicationSuccessDataset,
]

/** All datasets for this build: the fixed ones and those made per year of data. */
export function datasetSpecs(content: PortalContent): DatasetSpec[] {
  return [...DATASETS, ...payGapYearDatasets(content)]
}
