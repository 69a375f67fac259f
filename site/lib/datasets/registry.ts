import { commitmentsDataset } from './commitments'
import { organisationsDataset } from './organisations'
import { planStepsDataset } from './planSteps'
import { statusHistoryDataset } from './statusHistory'
import type { DatasetSpec } from './types'

/** Every published dataset. Later features add theirs here; the catalogue, files and metadata follow. */
export const DATASETS: readonly DatasetSpec[] = [organisationsDataset, commitmentsDataset, planStepsDataset, statusHistoryDataset]

export function datasetBySlug(slug: string): DatasetSpec | undefined {
  return DATASETS.find((d) => d.slug === slug)
}
