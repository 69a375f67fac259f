import type { WorkforceProfile } from '../payload-types'
import type { Importer } from './pipeline/importer'
import { relationId } from './recordStore'

/** A workforce profile as importers store it: one per organisation, date, grouping, level and source. */
export type WorkforceData = Omit<WorkforceProfile, 'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'title'> & {
  organisation: number | string
}

const MEANINGFUL = ['published', 'grouping', 'level', 'employees', 'linkToInformation', 'counts'] as const

/** A grouping is one whatever its capitals ("All staff", "all staff"). */
const keyOf = (r: Record<string, unknown>) =>
  `${relationId(r.organisation)}|${r.published}|${String(r.grouping).toLowerCase()}|${r.level ?? ''}|${(r.provenance as { source?: string } | undefined)?.source ?? ''}`

/** What every workforce importer declares alike. Profiles carry no data-quality flags. */
export function workforceRecords(
  source: NonNullable<WorkforceData['provenance']>['source'],
): Pick<Importer<unknown, WorkforceData>, 'collection' | 'stored' | 'keyOf' | 'meaningful'> {
  return {
    collection: 'workforce-profiles',
    stored: () => ({ 'provenance.source': { equals: source } }),
    keyOf,
    meaningful: MEANINGFUL,
  }
}
