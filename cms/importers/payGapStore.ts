import type { Payload, PayloadRequest } from 'payload'
import type { PayGapReport } from '../payload-types'

/**
 * Writes imported pay-gap reports so that importing the same data twice changes
 * nothing: a report is keyed by organisation, year, characteristic, the group
 * compared and source,
 * and only written when what it says differs from what is stored.
 */
export type PayGapData = Omit<PayGapReport, 'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'title'> & { organisation: number | string }

/** The fields that carry meaning; bookkeeping (ids, timestamps, review, source row) is left out of comparisons. */
const MEANINGFUL: Array<keyof PayGapData> = [
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

/** A stable form for comparison: no ids, no nulls versus undefineds, keys sorted. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, canonical(v)] as const)
        .filter(([, v]) => v !== null)
        .sort(([a], [b]) => a.localeCompare(b)),
    )
  }
  return value
}

export function sameReport(stored: Partial<PayGapReport>, incoming: Partial<PayGapData>): boolean {
  return MEANINGFUL.every((key) => JSON.stringify(canonical(stored[key])) === JSON.stringify(canonical(incoming[key])))
}

/** One report per organisation, year, characteristic, group compared and source. */
export function reportKey(r: {
  organisation: unknown
  year: number
  characteristic: string
  comparisonGroup: string
  provenance?: { source?: string | null } | null
}): string {
  const organisation = typeof r.organisation === 'object' && r.organisation ? (r.organisation as { id: unknown }).id : r.organisation
  return `${organisation}|${r.year}|${r.characteristic}|${r.comparisonGroup}|${r.provenance?.source ?? ''}`
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept-manual'

export class PayGapStore {
  private constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly existing: Map<string, PayGapReport>,
  ) {}

  static async load(payload: Payload, req: PayloadRequest, source: string): Promise<PayGapStore> {
    const { docs } = await payload.find({
      collection: 'pay-gap-reports',
      where: { 'provenance.source': { equals: source } },
      pagination: false,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    return new PayGapStore(payload, req, new Map(docs.map((d) => [reportKey(d), d])))
  }

  async write(data: PayGapData, title: string): Promise<WriteOutcome> {
    const key = reportKey(data)
    const stored = this.existing.get(key)
    const context = { ...this.req.context, importing: true }
    if (stored && sameReport(stored, data)) return 'unchanged'
    if (stored?.manuallyCorrected) return 'kept-manual'
    const doc = stored
      ? await this.payload.update({
          collection: 'pay-gap-reports',
          id: stored.id,
          data: { ...data, title, _status: 'published' } as never,
          req: this.req,
          overrideAccess: true,
          context,
        })
      : await this.payload.create({
          collection: 'pay-gap-reports',
          data: { ...data, title, _status: 'published' } as never,
          req: this.req,
          overrideAccess: true,
          context,
        })
    this.existing.set(key, doc)
    return stored ? 'updated' : 'created'
  }
}
