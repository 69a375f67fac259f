import type { MeasuredValue } from '../../domain/measured'
import { BOROUGHS, COMMITMENT_STATUSES, SECTORS } from '../../domain/vocabulary'
import type { Plan } from '../../domain/plan/parsePlan'
import { planRecords } from '../../cms/seed/planRecords'
import type { ContentRecord } from '../../site/loaders/contentCollections'
import type { ContentSnapshot } from '../../site/loaders/payloadSource'

/**
 * A synthetic portal for benchmarks: the real plan, with made-up organisations
 * ("Synthetic organisation 00042") and commitments. Deterministic for a given
 * size, so runs compare. Never used as content.
 */
/** mulberry32: a small seeded PRNG, so the same size always gives the same data. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticSnapshot(
  plan: Plan,
  organisationCount: number,
  commitmentsPerOrganisation = 10,
  payGapYears = 8,
): ContentSnapshot {
  const rand = random(organisationCount)
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]
  const stamp = '2026-01-01T00:00:00.000Z'
  const organisations: Array<ContentRecord<'organisations'>> = Array.from({ length: organisationCount }, (_, i) => {
    const n = String(i + 1).padStart(5, '0')
    return {
      id: i + 1,
      name: `Synthetic organisation ${n}`,
      slug: `synthetic-organisation-${n}`,
      sector: pick(SECTORS).value,
      boroughs: [pick(BOROUGHS).value],
      londonWide: rand() < 0.1,
      sizeBand: 'not-stated',
      lpbMembership: 'not-stated',
      description: 'A synthetic organisation generated for the benchmark.',
      facts: [],
      sources: [],
      formerNames: [],
      updatedAt: stamp,
    }
  })
  const commitments: Array<ContentRecord<'commitments'>> = []
  const statusChanges: Array<ContentRecord<'statusChanges'>> = []
  for (const organisation of organisations) {
    const steps = new Set<string>()
    while (steps.size < Math.min(commitmentsPerOrganisation, plan.steps.length)) steps.add(pick(plan.steps).code)
    for (const step of steps) {
      const id = commitments.length + 1
      const statusIndex = Math.floor(rand() * COMMITMENT_STATUSES.length)
      commitments.push({
        id,
        organisation: organisation.id,
        step,
        status: COMMITMENT_STATUSES[statusIndex].value,
        assurance: 'self-declared',
        narrative: 'Synthetic commitment generated for the benchmark.',
        evidenceLinks: [],
        sources: [],
        updatedAt: stamp,
      })
      for (let s = 0; s <= statusIndex; s++)
        statusChanges.push({ commitment: id, status: COMMITMENT_STATUSES[s].value, at: `2026-0${s + 1}-01T00:00:00.000Z` })
    }
  }
  // One gender pay gap report a year for each organisation, with some figures withheld as real files have them.
  const payGapReports: Array<ContentRecord<'payGapReports'>> = []
  const figure = (value: number): MeasuredValue =>
    rand() < 0.05 ? { value: null, status: 'withheld', symbol: '<5' } : { value, status: 'reported', symbol: null }
  for (const organisation of organisations) {
    for (let y = 0; y < payGapYears; y++) {
      const median = Math.round((rand() * 40 - 10) * 10) / 10
      const share = Math.round(rand() * 1000) / 10
      const quarter = { reference: figure(100 - share), comparison: figure(share) }
      payGapReports.push({
        id: payGapReports.length + 1,
        organisation: organisation.id,
        year: 2017 + y,
        characteristic: 'gender',
        referenceGroup: 'Men',
        comparisonGroup: 'Women',
        meanHourlyGap: figure(median + 2),
        medianHourlyGap: figure(median),
        meanBonusGap: figure(median * 2),
        medianBonusGap: figure(median),
        referenceBonusShare: figure(30),
        comparisonBonusShare: figure(25),
        q1: quarter,
        q2: quarter,
        q3: quarter,
        q4: quarter,
        flags: [],
        provenance: { source: 'gpg-service' },
        updatedAt: stamp,
      })
    }
  }
  return {
    ...planRecords(plan),
    organisations,
    commitments,
    statusChanges,
    payGapReports,
    workforceProfiles: [],
    grants: [],
    fundingApplications: [],
    fundingTargets: [],
  }
}
