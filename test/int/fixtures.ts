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

/** A reported figure, as the pay gap collections store one. */
export const measured = (value: number) => ({ value, status: 'reported' as const })

/** A published gender pay gap report for 2022 (mean hourly gap -25%), as the pay gap service's file would give it. */
export async function createPublishedPayGapReport(
  payload: Payload,
  organisation: number | string,
  sourceFile = '/data/gpg_london_2022-23.csv',
) {
  return payload.create({
    collection: 'pay-gap-reports',
    data: {
      organisation: organisation as number,
      year: 2022,
      characteristic: 'gender',
      referenceGroup: 'Men',
      comparisonGroup: 'Women',
      meanHourlyGap: measured(-25),
      provenance: { source: 'gpg-service', sourceFile },
      _status: 'published',
    } as never, // the generated type asks for every optional group; Payload fills them in
    context: { disableSiteRebuild: true },
  })
}
