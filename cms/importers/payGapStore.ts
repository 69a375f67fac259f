import { reportedNumber } from '../../domain/measured'
import type { PayGapReport } from '../payload-types'
import { GENDER_GROUPS, payGapFlags, type Flag, type GroupNames } from '../../domain/payGaps/rules'
import type { Importer } from './pipeline/importer'
import { relationId } from './recordStore'

/**
 * How imported pay-gap reports are keyed and compared, whichever file they come
 * from: by organisation, year, characteristic, the group compared and source.
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

/** One report per organisation, year, characteristic, group compared (whatever its capitals) and source. */
export function reportKey(r: {
  organisation: unknown
  year: number
  characteristic: string
  comparisonGroup: string
  provenance?: { source?: string | null } | null
}): string {
  return `${relationId(r.organisation)}|${r.year}|${r.characteristic}|${r.comparisonGroup.toLowerCase()}|${r.provenance?.source ?? ''}`
}

/** What every pay-gap importer declares alike: the collection, which stored reports it may match, keys, comparison and flags. */
export function payGapRecords(
  source: NonNullable<PayGapData['provenance']>['source'],
): Pick<Importer<unknown, PayGapData>, 'collection' | 'stored' | 'keyOf' | 'meaningful' | 'flags'> {
  return {
    collection: 'pay-gap-reports',
    stored: () => ({ 'provenance.source': { equals: source } }),
    keyOf: reportKey as (r: Record<string, unknown>) => string,
    meaningful: MEANINGFUL,
    flags: (data) => data.flags ?? [],
  }
}

/** The groups as messages name them: "men" and "women"; otherwise "White staff", "Disabled staff". */
export function groupNames(data: Pick<PayGapData, 'characteristic' | 'referenceGroup' | 'comparisonGroup'>): GroupNames {
  return data.characteristic === 'gender'
    ? GENDER_GROUPS
    : { reference: `${data.referenceGroup} staff`, comparison: `${data.comparisonGroup} staff` }
}

/** The service's rules and the plausibility checks, on a report's reported figures (withheld ones are not checked). */
export function flagsFor(data: PayGapData): Flag[] {
  const quarters = [data.q1, data.q2, data.q3, data.q4].map(
    (q) => [reportedNumber(q?.reference), reportedNumber(q?.comparison)] as [number | null, number | null],
  )
  return payGapFlags(
    {
      meanHourlyGap: reportedNumber(data.meanHourlyGap),
      medianHourlyGap: reportedNumber(data.medianHourlyGap),
      meanBonusGap: reportedNumber(data.meanBonusGap),
      medianBonusGap: reportedNumber(data.medianBonusGap),
      referenceBonusShare: reportedNumber(data.referenceBonusShare),
      comparisonBonusShare: reportedNumber(data.comparisonBonusShare),
      quarters,
    },
    groupNames(data),
  )
}
