import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { processWide } from '../lib/processWide'
import type { CollectionRead } from './contentCollections'
import type { KeptRead } from './versionsAppend'

/**
 * What a site build read from Payload, one file per content collection, so that
 * the records are read from the database once per build (the release step
 * reads them, Astro's pages reuse them) and an incremental build re-reads
 * only the collections that changed since the live site was built (issue 15:
 * at 20,000 organisations each read of everything took about 45 s).
 *
 * A file is reused only while its collection's fingerprint is what it was when
 * the file was read (payloadFingerprint.ts says what it covers), asked of
 * Payload before every reuse. The fingerprint is taken before the read, so a
 * change landing during the read makes the next build read again rather than
 * keep it.
 *
 * Astro's step of a build reuses the files without asking Payload
 * (`verified`): the release step before it checked every one and read again
 * those that changed, so the pages show what the releases record. A change
 * landing after that check is built by the next build, which the CMS starts
 * when this one ends.
 *
 * scripts/build-site.ts empties the folder before every full build, which stays
 * the source of truth: only the steps of one build and the incremental builds
 * on top of it share reads.
 */
interface CachedRead {
  /** The database the records came from (a hash of DATABASE_URI), so two databases never share a file. */
  database: string
  fingerprint: string
  records: unknown[]
  /** For records derived from versions: the versions they came from, which the next read may extend (versionsAppend.ts). */
  versions?: CollectionRead['versions']
}

const fileOf = (dir: string, content: string) => resolve(dir, `${content}.v8`)

function readCached(dir: string, content: string): CachedRead | undefined {
  try {
    return deserialize(readFileSync(fileOf(dir, content))) as CachedRead
  } catch (error) {
    // No file yet is the usual case; a damaged one is read again from Payload, never trusted.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`[site] content cache: ${content} unreadable, reading it again`)
    return undefined
  }
}

/** Written beside and renamed into place, so a reader never sees half a file. */
function writeCached(dir: string, content: string, cached: CachedRead): void {
  mkdirSync(dir, { recursive: true })
  const partial = `${fileOf(dir, content)}.${process.pid}.partial`
  writeFileSync(partial, serialize(cached))
  renameSync(partial, fileOf(dir, content))
}

export interface CachedRecords {
  records: unknown[]
  /** Whether the records came from the cache rather than Payload. */
  reused: boolean
  /** When the kept read was brought up to date rather than read again in full: how many records or versions saved since were read. */
  savedSince?: number
}

/**
 * Whether this process last reused or read each collection, said once at the end of each build step
 * (the release step reads the dataset releases a second time, after recording new ones).
 */
const tally = processWide('content-cache', () => new Map<string, 'reused' | 'read' | { savedSince: number }>())

/** One line for the build summary; empty when nothing went through the cache. */
export function contentCacheSummary(): string[] {
  const outcomes = [...tally()]
  if (outcomes.length === 0) return []
  const reused = outcomes.filter(([, outcome]) => outcome === 'reused')
  const read = outcomes
    .filter(([, outcome]) => outcome !== 'reused')
    .map(([content, outcome]) => (typeof outcome === 'object' ? `${content}: ${outcome.savedSince} saved since` : content))
  return [`[site] content cache: ${reused.length} collections reused, ${read.length} read from Payload (${read.join(', ') || 'none'})`]
}

export async function readThroughCache(
  dir: string,
  content: string,
  database: string,
  fingerprintNow: () => Promise<string | undefined>,
  read: (kept?: KeptRead) => Promise<CollectionRead>,
  options: { verified?: boolean } = {},
): Promise<CachedRecords> {
  const cached = readCached(dir, content)
  const kept = cached?.database === database ? cached : undefined
  // In Astro's step the release step has just checked the file against Payload; asking again would start Payload for nothing.
  const fingerprint = kept && options.verified ? kept.fingerprint : await fingerprintNow()
  if (kept && kept.fingerprint === fingerprint) {
    tally().set(content, 'reused')
    return { records: kept.records, reused: true }
  }
  // A read may build on what was kept (versionsAppend.ts, publishedMerge.ts decide whether that is sound).
  const extend =
    kept && fingerprint !== undefined
      ? { fingerprint: kept.fingerprint, now: fingerprint, records: kept.records, ...(kept.versions ? { versions: kept.versions } : {}) }
      : undefined
  const { records, versions, savedSince } = await read(extend)
  if (fingerprint !== undefined) writeCached(dir, content, { database, fingerprint, records, ...(versions ? { versions } : {}) })
  tally().set(content, savedSince === undefined ? 'read' : { savedSince })
  return { records, reused: false, ...(savedSince === undefined ? {} : { savedSince }) }
}

/** Before a full build: every collection is read from Payload again. */
export function emptyContentCache(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
