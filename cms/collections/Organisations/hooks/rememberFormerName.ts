import type { CollectionBeforeChangeHook } from 'payload'

/** A rename keeps the old name among the former names, so the organisation can still be found by it. */
export const rememberFormerName: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.name || !data.name || data.name === originalDoc.name) return data
  const former: Array<{ name: string; until?: string | null }> = data.formerNames ?? originalDoc.formerNames ?? []
  if (!former.some((f) => f.name === originalDoc.name)) {
    data.formerNames = [...former, { name: originalDoc.name, until: new Date().toISOString() }]
  }
  return data
}
