/**
 * `tsx scripts/bench/fillCommitments.ts <per organisation>`: gives every
 * synthetic organisation in DATABASE_URI that many published commitments
 * through Payload's Local API, each with a status history (created planned,
 * then moved on, a published version each time), as the admin would store
 * them. Prints "COMMITMENTS n in s". Benchmark only: narratives say they are synthetic.
 */
import { getPortalPayload } from '../../cms/getPortalPayload'
import { COMMITMENT_STATUSES } from '../../domain/vocabulary'
import { describeProgress } from '../../domain/progress'
import { withTransaction } from '../../cms/lib/withTransaction'
import { syntheticTargets } from './syntheticTargets'

const perOrganisation = Number(process.argv[2] ?? 2)
const payload = await getPortalPayload()
// Committed in batches: one transaction per write made the fill, not the portal, the slow part.
const BATCH = 500
try {
  const { organisations, steps } = await syntheticTargets(payload)
  const total = organisations.length * perOrganisation
  const started = Date.now()
  let done = 0
  for (let from = 0; from < organisations.length; from += BATCH) {
    // withTransaction's request turns the site rebuild off for every write in it.
    await withTransaction(payload, async (req) => {
      for (const [offset, organisation] of organisations.slice(from, from + BATCH).entries()) {
        const i = from + offset
        for (let c = 0; c < perOrganisation; c++) {
          const step = steps[(i * 7 + c * 13) % steps.length]!
          const created = await payload.create({
            collection: 'commitments',
            data: {
              organisation: organisation.id,
              step: step.id,
              status: 'planned',
              narrative: 'Synthetic commitment generated for the benchmark.',
              assurance: 'self-declared',
              _status: 'published',
            },
            req,
          })
          const later = COMMITMENT_STATUSES[1 + ((i + c) % (COMMITMENT_STATUSES.length - 1))]!.value
          await payload.update({ collection: 'commitments', id: created.id, data: { status: later, _status: 'published' }, req })
          done++
        }
      }
    })
    process.stderr.write(`  commitments … ${describeProgress({ done, total, startedAt: started, now: Date.now() })}\n`)
  }
  console.log(`COMMITMENTS ${done} in ${((Date.now() - started) / 1000).toFixed(1)}`)
} finally {
  await payload.destroy()
}
