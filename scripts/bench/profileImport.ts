/**
 * `npx tsx scripts/bench/profileImport.ts <kind> <file>`: runs one import and
 * prints where its time went, by database adapter call (count, total and mean
 * milliseconds). A diagnosis aid for issue 15; it writes to DATABASE_URI.
 */
import { getPortalPayload } from '../../cms/getPortalPayload'
import { formatSummary } from '../../cms/importers/importSummary'
import { IMPORTERS, isImporterKind } from '../../cms/importers/registry'

const [kind, path] = process.argv.slice(2)
if (!kind || !path || !isImporterKind(kind)) throw new Error('Usage: tsx scripts/bench/profileImport.ts <kind> <file>')
const payload = await getPortalPayload()
await payload.db.migrate()
const calls = new Map<string, { count: number; ms: number }>()
const db = payload.db as unknown as Record<string, unknown>
for (const name of Object.keys(db)) {
  const original = db[name]
  if (typeof original !== 'function' || ['beginTransaction', 'commitTransaction', 'rollbackTransaction'].includes(name)) continue
  db[name] = async function (this: unknown, ...args: unknown[]) {
    const started = performance.now()
    try {
      return await (original as (...a: unknown[]) => unknown).apply(this, args)
    } finally {
      const collection = (args[0] as { collection?: string } | undefined)?.collection ?? ''
      const key = `${name} ${collection}`
      const entry = calls.get(key) ?? { count: 0, ms: 0 }
      entry.count++
      entry.ms += performance.now() - started
      calls.set(key, entry)
    }
  }
}
const started = performance.now()
const summary = await IMPORTERS[kind].run(payload, path, {
  onProgress: (rows, phase) => {
    ;(globalThis as { gc?: () => void }).gc?.()
    const m = process.memoryUsage()
    if (phase === 'writing' && rows % 500 === 0)
      console.log(
        `${phase} ${rows}: rss ${(m.rss / 2 ** 20).toFixed(0)} MB, heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB, external ${(m.external / 2 ** 20).toFixed(0)} MB`,
      )
  },
})
const total = performance.now() - started
// What the import did, so a run that measured the wrong thing (everything rejected, nothing unchanged) shows it.
console.log(formatSummary(summary).split('\n').slice(0, 3).join('\n'))
console.log(
  `${summary.rows} rows in ${(total / 1000).toFixed(1)} s (${(summary.rows / (total / 1000)).toFixed(0)} rows/s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
)
for (const [key, { count, ms }] of [...calls].sort((a, b) => b[1].ms - a[1].ms))
  console.log(
    `${key.padEnd(50)} ${String(count).padStart(7)} ${ms.toFixed(0).padStart(8)} ms ${(ms / count).toFixed(2).padStart(8)} ms each`,
  )
await payload.destroy()
