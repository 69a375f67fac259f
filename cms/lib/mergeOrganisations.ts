import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import type { Organisation } from '../payload-types'
import { withContextFlags } from './withContextFlags'

/**
 * Merges one organisation into another, with Payload's APIs only (so on either
 * database adapter) and inside the caller's transaction (`req`): every record
 * that names `from` (commitments, pay gap reports, workforce profiles, grants as
 * funder or recipient, resources, case studies, funding applications and
 * targets, users) names `into` instead; `into` takes `from`'s names, missing
 * identifiers and address (formerSlugs, from which the site writes a redirect
 * page at the old address); `from` is unpublished and points at `into`
 * (mergedInto). Each update is a version, so the merge is in both histories.
 */
export interface MergeResult {
  moved: Record<string, number>
  into: Organisation
}

/** Paths of the fields of a collection that point at organisations, through groups (not arrays): e.g. funder.organisation. */
export function organisationReferences(fields: Field[], prefix = ''): Array<{ path: string; hasMany: boolean }> {
  const paths: Array<{ path: string; hasMany: boolean }> = []
  for (const field of fields) {
    if (field.type === 'relationship' && field.relationTo === 'organisations' && 'name' in field)
      paths.push({ path: `${prefix}${field.name}`, hasMany: Boolean(field.hasMany) })
    else if (field.type === 'group' && 'name' in field && field.name)
      paths.push(...organisationReferences(field.fields, `${prefix}${field.name}.`))
    else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      paths.push(...organisationReferences(field.fields, prefix))
    else if (field.type === 'tabs')
      for (const tab of field.tabs)
        paths.push(...organisationReferences(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
  }
  return paths
}

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Sets `path` in `doc` (a copy) from `from` to `into`: the nested group is rewritten whole, as Payload updates groups whole. */
function replaced(doc: Record<string, unknown>, path: string, hasMany: boolean, from: unknown, into: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.')
  if (rest.length > 0) {
    const group = (doc[head] ?? {}) as Record<string, unknown>
    return { [head]: { ...group, ...replaced(group, rest.join('.'), hasMany, from, into) } }
  }
  const value = doc[head]
  if (hasMany) {
    const ids = ((value as unknown[]) ?? []).map(idOf)
    return { [head]: [...new Set(ids.map((id) => (id === from ? into : id)))] }
  }
  return { [head]: idOf(value) === from ? into : idOf(value) }
}

export function mergeOrganisations(
  payload: Payload,
  req: PayloadRequest,
  fromId: number | string,
  intoId: number | string,
): Promise<MergeResult> {
  // Moving records is not a person's correction of them (`importing`); set for the merge only, as
  // a context passed with req would stay set for the rest of the caller's request (withContextFlags).
  return withContextFlags(req, { importing: true, merging: true }, () => merge(payload, req, fromId, intoId))
}

async function merge(payload: Payload, req: PayloadRequest, fromId: number | string, intoId: number | string): Promise<MergeResult> {
  if (fromId === intoId) throw new Error('An organisation cannot be merged into itself.')
  const options = { req, overrideAccess: true, depth: 0 } as const
  const from = (await payload.findByID({ collection: 'organisations', id: fromId, draft: true, ...options })) as Organisation
  const into = (await payload.findByID({ collection: 'organisations', id: intoId, draft: true, ...options })) as Organisation
  if (from.mergedInto) throw new Error(`“${from.name}” was already merged into another organisation.`)
  if (into.mergedInto) throw new Error(`“${into.name}” was merged into another organisation: merge into that one.`)

  const moved: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const references = organisationReferences(collection.fields).filter((r) => !(slug === 'organisations' && r.path === 'mergedInto'))
    for (const { path, hasMany } of references) {
      const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
      const { docs } = await payload.find({
        collection: slug,
        where: { [path]: hasMany ? { in: [fromId] } : { equals: fromId } },
        pagination: false,
        ...(drafts ? { draft: true } : {}),
        ...options,
      })
      for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string; _status?: string }>) {
        await payload.update({
          collection: slug,
          id: doc.id,
          data: replaced(doc, path, hasMany, fromId, intoId) as never,
          ...(drafts && doc._status === 'draft' ? { draft: true } : {}),
          ...options,
        })
        moved[slug] = (moved[slug] ?? 0) + 1
      }
    }
  }

  const mergedOn = new Date().toISOString()
  const intoIds = (into.identifiers ?? {}) as Record<string, string | null | undefined>
  const fromIds = (from.identifiers ?? {}) as Record<string, string | null | undefined>
  const identifiers = Object.fromEntries(
    Object.keys({ ...intoIds, ...fromIds })
      .filter((k) => k !== 'id')
      .map((k) => [k, intoIds[k] || fromIds[k] || undefined]),
  )
  const names = [from.name, from.legalName, ...(from.formerNames ?? []).map((f) => f.name)].filter((n): n is string => Boolean(n))
  const known = new Set([into.name, into.legalName, ...(into.formerNames ?? []).map((f) => f.name)])
  // `from` first gives up its identifiers, so no two live records claim one; then `into` takes them.
  await payload.update({
    collection: 'organisations',
    id: fromId,
    data: { mergedInto: intoId as number, _status: 'draft', identifiers: {} } as never,
    ...options,
  })
  const updated = (await payload.update({
    collection: 'organisations',
    id: intoId,
    data: {
      identifiers,
      formerNames: [
        ...(into.formerNames ?? []),
        ...[...new Set(names)].filter((n) => !known.has(n)).map((name) => ({ name, until: mergedOn })),
      ],
      formerSlugs: [
        ...(into.formerSlugs ?? []),
        ...(from.formerSlugs ?? []),
        ...(from._status === 'published' ? [{ slug: from.slug, name: from.name, mergedOn }] : []),
      ].map(({ slug, name, mergedOn }) => ({ slug, name, mergedOn })),
      industries: (into.industries ?? []).length ? into.industries : from.industries,
      ...(into._status === 'draft' && from._status === 'published' ? {} : {}),
    } as never,
    ...(into._status === 'draft' ? { draft: true } : {}),
    ...options,
  })) as Organisation
  return { moved, into: updated }
}
