import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { isMongoUri } from '../../cms/database'

/**
 * A throwaway database for one test file, on whichever adapter DATABASE_URI names
 * (payload's test/dbAdapters.ts does the same): a fresh SQLite file by default, or
 * a fresh database on the given MongoDB server.
 */
export async function createTestPayload(): Promise<{ payload: Payload; cleanup: () => Promise<void> }> {
  const suffix = randomBytes(6).toString('hex')
  const given = process.env.DATABASE_URI
  let sqliteFile: string | undefined
  if (isMongoUri(given)) {
    const url = new URL(given as string)
    url.pathname = `/fairer-city-test-${suffix}`
    process.env.DATABASE_URI = url.toString()
  } else {
    sqliteFile = join(tmpdir(), `fairer-city-int-${suffix}.db`)
    process.env.DATABASE_URI = `file:${sqliteFile}`
  }
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  // Files uploaded to import go to a folder of their own, removed with the database.
  const uploads = join(tmpdir(), `fairer-city-imports-${suffix}`)
  process.env.IMPORT_UPLOAD_DIR = uploads
  // The config reads DATABASE_URI when it is first imported, so import it only now.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return {
    payload,
    cleanup: async () => {
      // dropDatabase exists on both adapters but is typed on the Drizzle one only.
      const db = payload.db as unknown as { dropDatabase?: (args: { adapter: unknown }) => Promise<void> }
      if (!sqliteFile && db.dropDatabase) await db.dropDatabase({ adapter: payload.db })
      await payload.destroy()
      if (sqliteFile) for (const f of [sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`]) rmSync(f, { force: true })
      rmSync(uploads, { recursive: true, force: true })
    },
  }
}
