import type { GroupField } from 'payload'
import { VALUE_STATUSES } from '../../domain/measured'
import { vocabularySelect } from './fields'

/**
 * A published figure that may be withheld: the number when reported; otherwise
 * empty, with its status and the symbol the publisher used ("<5", "N/A", "u").
 * There is no range check: published data that breaks the rules (a gap over
 * 100%) is stored as published and flagged, never refused or changed.
 */
export function measuredValue(name: string, label: string): GroupField {
  return {
    name,
    label,
    type: 'group',
    fields: [
      {
        name: 'value',
        type: 'number',
        validate: (value: unknown, { siblingData }: { siblingData: { status?: string } }) => {
          if (siblingData.status === 'reported' && (value === null || value === undefined)) return 'A reported figure needs a number.'
          if (siblingData.status && siblingData.status !== 'reported' && value !== null && value !== undefined)
            return 'A withheld or missing figure has no number: leave it empty and keep the symbol.'
          return true
        },
      },
      vocabularySelect('status', VALUE_STATUSES, { defaultValue: 'not-reported', required: true }),
      { name: 'symbol', type: 'text', admin: { description: 'As published, when withheld: e.g. <5, N/A, u.' } },
    ],
  }
}
