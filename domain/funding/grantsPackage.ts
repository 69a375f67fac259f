import { DEI_EXTENSION_URL, STANDARD_VERSION } from '../reference/threeSixtyGivingSchemas'

/**
 * The portal's grants as one 360Giving package: each grant exactly as its
 * funder published it, so the file validates against the official package
 * schema and round-trips. The package names the portal as its publisher; each
 * grant keeps its own dataSource, and the licence is stated only when every
 * grant shares one (a package has a single license field).
 */
export function grantsPackage(
  grants: ReadonlyArray<{ published: Record<string, unknown>; provenance?: { licence?: string | null } }>,
  meta: { title: string; description: string; modified?: string; publisher: { name: string; website?: string } },
) {
  const licences = new Set(grants.map((g) => g.provenance?.licence ?? ''))
  const licence = licences.size === 1 ? [...licences][0] : ''
  const usesDei = grants.some((g) => g.published.deiDetails !== undefined)
  return {
    version: STANDARD_VERSION,
    ...(usesDei ? { extensions: [DEI_EXTENSION_URL] } : {}),
    title: meta.title,
    description: meta.description,
    ...(meta.modified ? { modified: meta.modified } : {}),
    publisher: meta.publisher,
    ...(licence ? { license: licence } : {}),
    grants: grants.map((g) => g.published),
  }
}
