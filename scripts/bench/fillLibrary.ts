/**
 * `tsx scripts/bench/fillLibrary.ts <resources> <case studies>`: adds that many
 * published library resources and case studies to the synthetic organisations
 * in DATABASE_URI through Payload's Local API, as a curator's approval stores
 * them. Prints "LIBRARY r resources, c case studies in s". Benchmark only:
 * titles and summaries say they are synthetic.
 */
import { getPortalPayload } from '../../cms/getPortalPayload'
import { withTransaction } from '../../cms/lib/withTransaction'
import { RESOURCE_TYPES, SECTORS, TRI_STRANDS } from '../../domain/vocabulary'
import { syntheticTargets } from './syntheticTargets'

const [resources, caseStudies] = process.argv.slice(2, 4).map(Number) as [number, number]
const payload = await getPortalPayload()
try {
  const started = Date.now()
  const { organisations, steps } = await syntheticTargets(payload)
  if (organisations.length === 0 || steps.length === 0) throw new Error('fillLibrary needs the seed and synthetic organisations')
  // One transaction: the rebuild stays off (withTransaction's request context) and the writes are not committed one by one.
  await withTransaction(payload, async (req) => {
    for (let i = 0; i < resources; i++) {
      const number = String(i + 1).padStart(5, '0')
      await payload.create({
        collection: 'resources',
        data: {
          title: `Synthetic resource ${number}`,
          summary: 'A synthetic library resource generated for the benchmark.',
          resourceType: RESOURCE_TYPES[i % RESOURCE_TYPES.length]!.value,
          strands: [TRI_STRANDS[i % TRI_STRANDS.length]!.value],
          steps: [steps[(i * 7) % steps.length]!.id],
          organisation: organisations[(i * 13) % organisations.length]!.id,
          publicationDate: '2025-01-15T00:00:00.000Z',
          evidenceGrade: 'not-yet-evaluated',
          externalUrl: `https://www.example.org/synthetic-resource-${number}`,
          review: { state: 'approved' },
          _status: 'published',
        },
        req,
      })
    }
    for (let i = 0; i < caseStudies; i++) {
      const number = String(i + 1).padStart(5, '0')
      await payload.create({
        collection: 'case-studies',
        data: {
          title: `Synthetic case study ${number}`,
          summary: 'A synthetic case study generated for the benchmark.',
          sector: SECTORS[i % SECTORS.length]!.value,
          organisations: [organisations[(i * 17) % organisations.length]!.id],
          steps: [steps[(i * 11) % steps.length]!.id],
          _status: 'published',
        },
        req,
      })
    }
  })
  console.log(`LIBRARY ${resources} resources, ${caseStudies} case studies in ${((Date.now() - started) / 1000).toFixed(1)}`)
} finally {
  await payload.destroy()
}
