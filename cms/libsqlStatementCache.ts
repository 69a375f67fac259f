import { createRequire } from 'node:module'

/**
 * libsql 0.4 (the driver under @libsql/client and db-sqlite) prepares every
 * statement afresh and never gives a prepared statement's native memory back,
 * not even after garbage collection (tursodatabase/libsql-js#153). An import
 * runs some 40 statements a row, so a 2,978-row Gender Pay Gap Service file
 * grew the process by about 530 KB a row, to 1.9 GB (issue 15), and preparing
 * took a sixth of its time. Drizzle sends the same SQL text for the same query
 * shape, so keeping each connection's statements by their text, a bounded
 * number of them, makes both go away. Statements are safe to reuse: libsql runs
 * them synchronously, and @libsql/client sets their modes on every execution.
 * Nothing here reads or writes data.
 */
const STATEMENTS_KEPT = 2_000

interface LibsqlDatabase {
  prepare(sql: string): unknown
}

let installed = false

export function cacheLibsqlStatements(): void {
  if (installed) return
  installed = true
  let Database: { prototype: LibsqlDatabase }
  try {
    // Resolved from @libsql/client, so that it is the copy the client loads.
    const fromClient = createRequire(createRequire(import.meta.url).resolve('@libsql/client'))
    Database = fromClient('libsql')
  } catch {
    return // another driver build: nothing to patch
  }
  const prepare = Database.prototype.prepare
  const kept = new WeakMap<LibsqlDatabase, Map<string, unknown>>()
  Database.prototype.prepare = function (this: LibsqlDatabase, sql: string) {
    let statements = kept.get(this)
    if (!statements) kept.set(this, (statements = new Map()))
    const cached = statements.get(sql)
    if (cached) {
      // Most recently used last, so the oldest goes first when the cache is full.
      statements.delete(sql)
      statements.set(sql, cached)
      return cached
    }
    const statement = prepare.call(this, sql)
    statements.set(sql, statement)
    if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value as string)
    return statement
  }
}
