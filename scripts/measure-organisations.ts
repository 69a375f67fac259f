/**
 * Measures issue 10's "one record per real organisation, classified" figures on
 * the database DATABASE_URI names (run after importing ../shared/data):
 *   npm run measure:organisations
 * Prints counts of organisations, London councils by register code, sectors,
 * places, name and identifier duplicates, and matches waiting for review.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import type { Organisation } from '../cms/payload-types'

const payload = await getPortalPayload()
try {
  const all: Organisation[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection: 'organisations', draft: true, depth: 0, limit: 1000, page, pagination: true })
    all.push(...(found.docs as Organisation[]))
    if (!found.hasNextPage) break
  }
  const live = all.filter((o) => !o.mergedInto)
  const published = live.filter((o) => o._status === 'published')
  const groupBy = (key: (o: Organisation) => string | null | undefined) => {
    const groups = new Map<string, Organisation[]>()
    for (const o of live) {
      const k = key(o)
      if (k) groups.set(k, [...(groups.get(k) ?? []), o])
    }
    return [...groups.entries()].filter(([, g]) => g.length > 1)
  }
  const normalised = (o: Organisation) =>
    o.name
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/\b(the|limited|ltd|plc|llp)\b/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  const london = new Set(Array.from({ length: 33 }, (_, i) => `E09${String(i + 1).padStart(6, '0')}`))
  const councils = live.filter((o) => o.identifiers?.gssCode && london.has(o.identifiers.gssCode))
  const byGss = new Map<string, Organisation[]>()
  for (const c of councils) byGss.set(c.identifiers!.gssCode!, [...(byGss.get(c.identifiers!.gssCode!) ?? []), c])
  const placed = (o: Organisation) => o.londonWide || (o.boroughs?.length ?? 0) > 0 || o.inLondon === 'no'
  const reviews = await payload.find({ collection: 'match-reviews', where: { state: { equals: 'pending' } }, limit: 0, depth: 0 })
  const camden = live.filter((o) => o.identifiers?.gssCode === 'E09000007')
  const figures = {
    organisations: all.length,
    notMerged: live.length,
    published: published.length,
    mergedAway: all.length - live.length,
    londonCouncilsDistinct: byGss.size,
    londonCouncilsRecords: councils.length,
    londonCouncilsMissing: [...london].filter((g) => !byGss.has(g)),
    sectorOther: live.filter((o) => o.sector === 'other').length,
    sectorOtherPublished: published.filter((o) => o.sector === 'other').length,
    noPlace: live.filter((o) => !placed(o)).length,
    noPlaceWithPostcode: live.filter((o) => !placed(o) && o.postcode).length,
    inLondonYes: live.filter((o) => o.inLondon === 'yes').length,
    inLondonNo: live.filter((o) => o.inLondon === 'no').length,
    duplicateEmployerIds: groupBy((o) => o.identifiers?.gpgEmployerId).length,
    duplicateCompanyNumbers: groupBy((o) => o.identifiers?.companiesHouseNumber).length,
    duplicateRegisterCodes: groupBy((o) => o.identifiers?.localAuthorityCode).length,
    duplicateNames: groupBy(normalised).map(([name, g]) => `${name} (${g.map((o) => o.slug).join(', ')})`),
    pendingMatchReviews: reviews.totalDocs,
    camden: await Promise.all(
      camden.map(async (o) => ({
        name: o.name,
        slug: o.slug,
        commitments: (await payload.count({ collection: 'commitments', where: { organisation: { equals: o.id } } })).totalDocs,
        payGapReports: (await payload.count({ collection: 'pay-gap-reports', where: { organisation: { equals: o.id } } })).totalDocs,
      })),
    ),
  }
  console.log(JSON.stringify(figures, null, 2))
  const sample = (f: (o: Organisation) => boolean) =>
    live
      .filter(f)
      .slice(0, 15)
      .map((o) => `${o.name} [${o.postcode ?? ''}] ${(o.industries ?? []).map((i) => i.code).join(',')}`)
  console.log(
    'sector other, e.g.:',
    sample((o) => o.sector === 'other'),
  )
  console.log(
    'no place, e.g.:',
    sample((o) => !placed(o)),
  )
} finally {
  await payload.destroy()
}
