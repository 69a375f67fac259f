import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A rename keeps the old name among the former names, so the organisation can
 * still be found by it; so does a new legal name (an employer that renamed:
 * THB GROUP LIMITED is now AMWINS GLOBAL RISKS GROUP LIMITED).
 */
export const rememberFormerName: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const renamed = [
    data.name && originalDoc.name && data.name !== originalDoc.name ? originalDoc.name : undefined,
    data.legalName && originalDoc.legalName && data.legalName !== originalDoc.legalName ? originalDoc.legalName : undefined,
  ].filter((n): n is string => Boolean(n))
  if (renamed.length === 0) return data
  const former: Array<{ name: string; until?: string | null }> = data.formerNames ?? originalDoc.formerNames ?? []
  const added = [...new Set(renamed)].filter((name) => !former.some((f) => f.name === name))
  if (added.length > 0) data.formerNames = [...former, ...added.map((name) => ({ name, until: new Date().toISOString() }))]
  return data
}
