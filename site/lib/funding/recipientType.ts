/**
 * The kind of recipient, from the prefix of its org-id (the org-id.guide
 * register lists of 360Giving identifiers): a charity number, a company
 * number, a funder's own identifier for an unregistered group. Grants to
 * individuals carry no organisation.
 */
const PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^GB-(CHC|SC|NIC)-/i, 'Registered charity'],
  [/^GB-COH-/i, 'Company'],
  [/^GB-(MPR|FPR)-/i, 'Mutual or co-operative'],
  [/^GB-(EDU|UKPRN|GOR)-/i, 'School, college or university'],
  [/^GB-(LAE|LAS|LANI|PLA)-/i, 'Local or public authority'],
  [/^GB-(NHS|NHSE)-/i, 'NHS body'],
  [/^GB-GOV-/i, 'Government body'],
]

export function recipientType(recipient: { orgId: string }, published?: Record<string, unknown>): string {
  if (published && Array.isArray(published.recipientIndividual) && !published.recipientOrganization) return 'Individual'
  for (const [pattern, label] of PREFIXES) if (pattern.test(recipient.orgId)) return label
  return 'Other or unregistered organisation'
}
