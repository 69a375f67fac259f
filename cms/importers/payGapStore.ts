import type { Payload, PayloadRequest } from 'payload'
import type { PayGapReport } from '../payload-types'
import { RecordStore, relationId } from './recordStore'

/**
 * How imported pay-gap reports are keyed and compared (see RecordStore): by
 * organisation, year, characteristic, the group compared and source.
 */
export type PayGapData = Omit<PayGapReport, 'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'title'> & { organisation: number | string }

/** The fields that carry meaning; bookkeeping (ids, timestamps, review, source row) is left out of comparisons. */
const MEANINGFUL: ReadonlyArray<keyof PayGapData & string> = [
  'year',
  'snapshotDate',
  'characteristic',
  'classification',
  'referenceGroup',
  'comparisonGroup',
  'headcount',
  'employerSize',
  'meanHourlyGap',
  'medianHourlyGap',
  'meanBonusGap',
  'medianBonusGap',
  'referenceBonusShare',
  'comparisonBonusShare',
  'q1',
  'q2',
  'q3',
  'q4',
  'narrativeUrl',
  'actionPlanUrl',
  'responsiblePerson',
  'dateSubmitted',
  'dueDate',
  'submittedLate',
  'flags',
]

/** One report per organisation, year, characteristic, group compared and source. */
export function reportKey(r: {
  organisation: unknown
  year: number
  characteristic: string
  comparisonGroup: string
  provenance?: { source?: string | null } | null
}): string {
  return `${relationId(r.organisation)}|${r.year}|${r.characteristic}|${r.comparisonGroup}|${r.provenance?.source ?? ''}`
}

/** The pay-gap reports already imported from a source, ready to write more. */
export function loadPayGapStore(payload: Payload, req: PayloadRequest, source: string): Promise<RecordStore<PayGapData>> {
  return RecordStore.load<PayGapData>(payload, req, {
    collection: 'pay-gap-reports',
    source,
    keyOf: reportKey as (r: Record<string, unknown>) => string,
    meaningful: MEANINGFUL,
  })
}
