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
  'publisherHeadline',
]

/**
 * One report per organisation, year, characteristic and group compared
 * (whatever its capitals). Which sources an import may match is said by
 * `stored`: its own, or for one publication in two sources, both.
 */
export function reportKey(r: { organisation: unknown; year: number; characteristic: string; comparisonGroup: string }): string {
  return `${relationId(r.organisation)}|${r.year}|${r.characteristic}|${r.comparisonGroup.toLowerCase()}`
}

type Source = NonNullable<PayGapData['provenance']>['source']

/**
 * Sources that publish the same reports. An employer's statutory gender pay
 * gap report is in the Gender Pay Gap Service's register and, for the GLA, in
 * its own published tables too: imported from both, the GLA's page showed each
 * year twice (issue 10). They are one record: the figures from the
 * publisher's own tables (to more decimal places, with staff numbers), when and
 * where it was submitted from the service's register. Whichever is imported
 * first, the record ends the same, and importing either again changes nothing.
 */
const ONE_PUBLICATION: readonly Source[] = ['gla-tables', 'gpg-service']
const SUBMISSION_FIELDS = [
  'snapshotDate',
  'employerSize',
  'narrativeUrl',
  'actionPlanUrl',
  'responsiblePerson',
  'dateSubmitted',
  'dueDate',
  'submittedLate',
] as const

function mergeOnePublication(incoming: PayGapData, stored: Record<string, unknown>): { data: PayGapData; note?: string } {
  const storedSource = (stored.provenance as { source?: Source } | undefined)?.source
  const fromTables = incoming.provenance?.source === 'gla-tables'
  // The register's own record, replaced by the register: nothing to keep. Tables keep what the register added, however often imported.
  if (!fromTables && storedSource !== 'gla-tables') return { data: incoming }
  if (fromTables && SUBMISSION_FIELDS.every((field) => stored[field] === null || stored[field] === undefined || stored[field] === false))
    return { data: incoming }
  const [tables, register] = fromTables ? [incoming, stored] : [stored as unknown as PayGapData, incoming]
  const data = {
    ...Object.fromEntries(MEANINGFUL.map((field) => [field, tables[field]])),
    ...Object.fromEntries(SUBMISSION_FIELDS.map((field) => [field, (register as Record<string, unknown>)[field]])),
    organisation: incoming.organisation,
    provenance: tables.provenance,
  } as PayGapData
  return {
    data,
    note: 'reports in both the GLA’s own tables and the Gender Pay Gap Service’s register, kept as one record each (the figures from the tables, the submission from the register)',
  }
}

/** What every pay-gap importer declares alike: the collection, which stored reports it may match, keys, comparison and flags. */
export function payGapRecords(
  source: Source,
): Pick<Importer<unknown, PayGapData>, 'collection' | 'stored' | 'keyOf' | 'meaningful' | 'flags' | 'merge'> {
  const shared = ONE_PUBLICATION.includes(source)
  return {
    collection: 'pay-gap-reports',
    stored: () => ({ 'provenance.source': shared ? { in: [...ONE_PUBLICATION] } : { equals: source } }),
    keyOf: reportKey as (r: Record<string, unknown>) => string,
    meaningful: MEANINGFUL,
    flags: (data) => data.flags ?? [],
    ...(shared ? { merge: mergeOnePublication } : {}),
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
