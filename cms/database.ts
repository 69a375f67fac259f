import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { config } from '../domain/config'
import { cacheLibsqlStatements } from './libsqlStatementCache'
import { oneWriterAtATime } from './sqliteWrites'

export function isMongoUri(uri: string | undefined): boolean {
  return Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))
}

/**
 * MongoDB when DATABASE_URI is a mongodb:// or mongodb+srv:// address; otherwise
 * a SQLite file (DATABASE_URI=file:path, or .data/fairer-city.db).
 * SQLite's schema only changes through the committed migrations in
 * cms/migrations/sqlite, in development as in production (push is off), so that
 * what runs here is what runs everywhere.
 */
export function databaseAdapter(uri: string | undefined = config.databaseUri): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({ url: uri as string, migrationDir: resolve(config.migrationsDir, 'mongodb') })
  }
  const url = uri && uri.startsWith('file:') ? uri : `file:${config.defaultSqlitePath}`
  mkdirSync(dirname(url.slice('file:'.length)), { recursive: true })
  cacheLibsqlStatements()
  const adapter = sqliteAdapter({
    client: { url },
    push: false,
    migrationDir: resolve(config.migrationsDir, 'sqlite'),
    // The site build reads while the admin writes; WAL lets both proceed.
    wal: true,
    // db-sqlite runs without transactions unless this is set (its index.js picks a
    // no-op beginTransaction), which would let a failed seed or import keep half its rows.
    transactionOptions: { behavior: 'immediate' },
    busyTimeout: 10_000,
  })
  // busyTimeout alone reaches only libsql's first connection; see sqliteWrites.ts.
  return oneWriterAtATime(adapter, { busyTimeoutMs: 10_000, turnTimeoutMs: 60_000 })
}
