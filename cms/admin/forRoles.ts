import type { CollectionConfig, Field } from 'payload'
import type { PortalUser } from '../access/roles'
import { siteRebuildStatusField } from './siteRebuildStatusField'

/**
 * What a reporter sees in the admin (issue 14, section 3): only the
 * collections they report in, the organisation of their records set for them
 * (assignReporterOrganisation fills it in), and buttons that say what they do.
 * Access rules are unchanged by this: it is the admin's presentation only.
 */
export const REPORTER_COLLECTIONS = new Set([
  'returns',
  'commitments',
  'pay-gap-reports',
  'workforce-profiles',
  'resources',
  'resource-files',
  'equality-publications',
])

const isReporter = (user: unknown) => (user as PortalUser | null | undefined)?.role === 'reporter'

function hiddenFromReporters(hidden: NonNullable<CollectionConfig['admin']>['hidden']): NonNullable<CollectionConfig['admin']>['hidden'] {
  return ({ user }) => isReporter(user) || (typeof hidden === 'function' ? hidden({ user }) : Boolean(hidden))
}

/** A record's organisation, which a reporter never chooses: shown to staff only. */
function organisationSetForReporters(fields: Field[]): Field[] {
  return fields.map((field) =>
    field.type === 'relationship' && field.name === 'organisation' && field.relationTo === 'organisations'
      ? { ...field, admin: { ...field.admin, condition: (_data, _sibling, { user }) => !isReporter(user) } }
      : field,
  )
}

const isReviewed = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts) &&
  collection.fields.some((field) => 'name' in field && field.name === 'review')

export function withAdminForRoles(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const admin = REPORTER_COLLECTIONS.has(collection.slug)
      ? { ...collection.admin }
      : { ...collection.admin, hidden: hiddenFromReporters(collection.admin?.hidden) }
    if (!isReviewed(collection)) return { ...collection, admin }
    return {
      ...collection,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          edit: {
            ...admin.components?.edit,
            // A reporter's "publish" is "Submit for review"; a curator's is "Publish", beside "Send back with comment".
            PublishButton: '/components/ReviewButtons#ReviewButtons',
          },
        },
      },
      fields: [...organisationSetForReporters(collection.fields), siteRebuildStatusField],
    }
  })
}
