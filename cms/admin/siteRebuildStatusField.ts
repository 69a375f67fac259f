import type { UIField } from 'payload'

/** After a publish, says in the edit view that the site is being rebuilt and when the change is live (SiteRebuildStatus.tsx). */
export const siteRebuildStatusField: UIField = {
  name: 'siteRebuildStatus',
  type: 'ui',
  admin: {
    position: 'sidebar',
    condition: (_data, _sibling, { user }) => (user as { role?: string } | null)?.role !== 'reporter',
    components: { Field: '/components/SiteRebuildStatus#SiteRebuildStatus' },
  },
}
