/**
 * The published figures and facts whose change is a correction, per collection,
 * with the words the public log uses for them. A change is compared leaf by
 * leaf; arrays of counts are compared by their own key (a workforce count by
 * characteristic and category), so reordering is not a correction.
 *
 * A commitment's status, dates and narrative are not here: they change as the
 * work moves on, and those changes are its public status history, not
 * corrections. Nor is an organisation's name: a rename keeps the old name as a
 * former name.
 */
export const CORRECTED_COLLECTIONS = ['organisations', 'pay-gap-reports', 'workforce-profiles', 'grants', 'returns'] as const
export type CorrectedCollection = (typeof CORRECTED_COLLECTIONS)[number]

const measured = (path: string, label: string): Array<[string, string]> => [
  [`${path}.value`, label],
  [`${path}.status`, `${label} (status)`],
  [`${path}.symbol`, `${label} (symbol)`],
]

const quarters = (['q1', 'q2', 'q3', 'q4'] as const).flatMap((q, i) => {
  const name = ['Lower', 'Lower middle', 'Upper middle', 'Top'][i]
  return [
    ...measured(`${q}.reference`, `${name} pay quarter, reference group share`),
    ...measured(`${q}.comparison`, `${name} pay quarter, comparison group share`),
  ]
})

const dei = (['leadership', 'mission', 'project'] as const).flatMap((area): Array<[string, string]> => [
  [`dei.${area}.askedStatus`, `DEI ${area}: asked status`],
  [`dei.${area}.replyStatus`, `DEI ${area}: reply status`],
  [`dei.${area}.taxonomyCodes`, `DEI ${area}: communities`],
])

export const TRACKED_FIELDS: Record<CorrectedCollection, Array<[path: string, label: string]>> = {
  organisations: [
    ['sector', 'Sector'],
    ['boroughs', 'Boroughs'],
    ['londonWide', 'London-wide'],
    ['website', 'Website'],
    ['sizeBand', 'Size band'],
    ['lpbMembership', 'London Partnership Board membership'],
    ['adoptedPlanOn', 'Adopted the plan on'],
    ['identifiers.companiesHouseNumber', 'Companies House number'],
    ['identifiers.charityNumber', 'Charity number'],
    ['identifiers.orgId', 'Org-id'],
    ['identifiers.gpgEmployerId', 'Gender Pay Gap Service EmployerId'],
  ],
  'pay-gap-reports': [
    ['year', 'Year'],
    ['characteristic', 'Characteristic'],
    ['classification', 'Ethnicity classification'],
    ['referenceGroup', 'Reference group'],
    ['comparisonGroup', 'Comparison group'],
    ['headcount', 'Headcount'],
    ['employerSize', 'Employer size'],
    ...measured('meanHourlyGap', 'Mean hourly pay gap'),
    ...measured('medianHourlyGap', 'Median hourly pay gap'),
    ...measured('meanBonusGap', 'Mean bonus gap'),
    ...measured('medianBonusGap', 'Median bonus gap'),
    ...measured('referenceBonusShare', 'Reference group receiving a bonus'),
    ...measured('comparisonBonusShare', 'Comparison group receiving a bonus'),
    ...quarters,
    ['submittedLate', 'Submitted late'],
  ],
  'workforce-profiles': [
    ['published', 'Date of the figures'],
    ['grouping', 'Grouping'],
    ['level', 'Level'],
    ['employees', 'Employees'],
  ],
  grants: [
    ['title', 'Title'],
    ['currency', 'Currency'],
    ['amountAwarded', 'Amount awarded'],
    ['amountAppliedFor', 'Amount applied for'],
    ['awardDate', 'Award date'],
    ['funder.name', 'Funder'],
    ['recipient.name', 'Recipient'],
    ['programme', 'Programme'],
    ['beneficiaryLocation', 'Beneficiary location'],
    ...dei,
  ],
  returns: [
    ['year', 'Reporting year'],
    ['progress', 'Progress'],
    ['challenges', 'Challenges'],
    ['supportNeeded', 'Support needed'],
  ],
}

/**
 * Lists whose items are compared by their own key (an annual return's answer
 * for a step, a priority or a metric), so reordering is not a correction and a
 * removed item is: its values are replaced by nothing.
 */
interface KeyedList {
  path: string
  key: string
  label: (key: string) => string
  fields: Array<[field: string, label: string]>
}

const KEYED_LISTS: Partial<Record<CorrectedCollection, KeyedList[]>> = {
  returns: [
    {
      path: 'steps',
      key: 'step',
      label: (k) => `Step ${k}`,
      fields: [
        ['status', 'status'],
        ['stage', 'stage'],
        ['targetDate', 'target date'],
        ['note', 'note'],
      ],
    },
    {
      path: 'priorities',
      key: 'priority',
      label: (k) => `Priority ${k}`,
      fields: [
        ['actionsToComplete', 'actions to complete'],
        ['supportRequired', 'support required from Building a Fairer City'],
      ],
    },
    {
      path: 'metricAnswers',
      key: 'metric',
      label: (k) => `Metric ${k}`,
      fields: [
        ['answer', 'answer'],
        ['value', 'value'],
        ['comment', 'comment'],
      ],
    },
  ],
}

const idOrValue = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

const keyOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : String(value)

function keyedListChanges(list: KeyedList, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const items = (doc: Record<string, unknown>) =>
    new Map(((doc[list.path] as Array<Record<string, unknown>> | undefined) ?? []).map((item) => [keyOf(item[list.key]), item]))
  const old = items(before)
  const now = items(after)
  const changes: FieldChange[] = []
  for (const [key, item] of old) {
    for (const [field, label] of list.fields) {
      // The saved document may hold related records populated (a step's stage), the stored one their IDs.
      const oldValue = displayValue(idOrValue(item[field]))
      const newValue = displayValue(idOrValue(now.get(key)?.[field]))
      if (oldValue !== '' && oldValue !== newValue)
        changes.push({ field: `${list.path}.${key}.${field}`, fieldLabel: `${list.label(key)}, ${label}`, oldValue, newValue })
    }
  }
  return changes
}

export interface FieldChange {
  field: string
  fieldLabel: string
  oldValue: string
  newValue: string
}

function valueAt(doc: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc)
}

/** A stored value as the log shows it: empty for nothing, lists joined, dates as dates. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(displayValue).join('; ')
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10)
  return String(value)
}

type Count = { characteristic?: string; category?: string; headcount?: number | null; status?: string; symbol?: string | null }

/** Workforce counts, keyed by characteristic and category. */
function countChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const key = (c: Count) => `${c.characteristic}/${c.category}`
  const show = (c: Count | undefined) =>
    c ? (c.status === 'reported' ? displayValue(c.headcount) : `${c.status}${c.symbol ? ` (${c.symbol})` : ''}`) : ''
  const old = new Map(((before.counts as Count[] | undefined) ?? []).map((c) => [key(c), c]))
  const now = new Map(((after.counts as Count[] | undefined) ?? []).map((c) => [key(c), c]))
  const changes: FieldChange[] = []
  for (const [k, c] of old) {
    const oldValue = show(c)
    const newValue = show(now.get(k))
    if (oldValue !== newValue) changes.push({ field: `counts.${k}`, fieldLabel: `Headcount, ${k}`, oldValue, newValue })
  }
  return changes
}

/**
 * What a save changed in a published record's figures: a correction is a
 * published value replaced or removed. A value given where there was none is
 * an addition, in the release note but not the corrections log.
 */
export function publishedChanges(
  collection: CorrectedCollection,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const [path, label] of TRACKED_FIELDS[collection]) {
    const oldValue = displayValue(valueAt(before, path))
    const newValue = displayValue(valueAt(after, path))
    if (oldValue !== '' && oldValue !== newValue) changes.push({ field: path, fieldLabel: label, oldValue, newValue })
  }
  for (const list of KEYED_LISTS[collection] ?? []) changes.push(...keyedListChanges(list, before, after))
  return collection === 'workforce-profiles' ? [...changes, ...countChanges(before, after)] : changes
}

/** The document as it will be saved: the incoming data over the stored document, field by tracked field. */
export function incomingDoc(collection: CorrectedCollection, data: Record<string, unknown>, stored: Record<string, unknown>) {
  const merged: Record<string, unknown> = structuredClone(stored)
  const set = (path: string, value: unknown) => {
    const keys = path.split('.')
    let target = merged
    for (const key of keys.slice(0, -1)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {}
      target = target[key] as Record<string, unknown>
    }
    target[keys.at(-1)!] = value
  }
  for (const [path] of TRACKED_FIELDS[collection]) {
    const value = valueAt(data, path)
    if (value !== undefined) set(path, value)
  }
  if (data.counts !== undefined) merged.counts = data.counts
  for (const list of KEYED_LISTS[collection] ?? []) if (data[list.path] !== undefined) merged[list.path] = data[list.path]
  return merged
}
