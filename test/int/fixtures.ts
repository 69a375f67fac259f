import type { Payload } from 'payload'
import type { Organisation } from '../../cms/payload-types'
import { slugify } from '../../domain/vocabulary'
import { readSeedFiles } from '../../cms/seed/readSeedFiles'
import { seedPortal } from '../../cms/seed/seedPortal'

/** The plan only, as every portal has it; organisations and people come from each test. */
export async function seedPlanOnly(payload: Payload): Promise<void> {
  const { plan } = readSeedFiles()
  await seedPortal(payload, { plan, organisations: { organisations: [] }, commitments: { commitments: [] } })
}

export async function createOrganisation(
  payload: Payload,
  name: string,
  status: 'draft' | 'published' = 'published',
): Promise<Organisation> {
  return payload.create({
    collection: 'organisations',
    data: { name, slug: slugify(name), sector: 'local-government', sizeBand: 'not-stated', lpbMembership: 'not-stated', _status: status },
    context: { disableSiteRebuild: true },
  })
}

export async function createUser(payload: Payload, email: string, role: 'admin' | 'curator' | 'reporter', organisation?: number) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct horse battery staple', name: email.split('@')[0], role, organisation },
  })
  // Access rules read the user as Payload hands it to a request: with its collection.
  return { ...user, collection: 'users' as const }
}
