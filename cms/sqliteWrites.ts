import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite takes one writer at a time, and two things in the stack turned that into
 * "database is locked" errors (issue 11: password reset always failed, concurrent
 * saves gave SQLITE_BUSY):
 *
 * - libsql gives each transaction the client's connection and opens a fresh one for
 *   everything after it (@libsql/client sqlite3.js, `transaction()`), so the
 *   `busy_timeout` db-sqlite sets once reaches only the first connection: every
 *   later one gave up at once.
 * - libsql runs statements synchronously. Two transactions of the same process
 *   cannot wait for each other: a busy wait blocks the event loop that would let
 *   the other one commit. Drizzle's libsql transactions always begin IMMEDIATE
 *   (they take the write lock at once), so every overlap failed.
 *
 * So transactions of this process take turns (a queue in front of
 * beginTransaction, released at commit or rollback), and every connection gets
 * the busy timeout, which is then only for waits on other processes (an import
 * from the command line while the CMS runs). Nothing here reads or writes data.
 */
export interface SqliteWriteOptions {
  /** How long a connection waits for another process's write lock. */
  busyTimeoutMs: number
  /** How long a transaction waits for this process's previous one before giving up with a clear error. */
  turnTimeoutMs: number
}

interface LibsqlClientLike {
  execute(sql: string): Promise<unknown>
  transaction(mode?: string): Promise<unknown>
}

type TransactionID = number | string | Promise<number | string>

/** Grants turns in arrival order; a turn not released within the wait lets the waiter give up. */
export function createTurnQueue(turnTimeoutMs: number) {
  let tail: Promise<void> = Promise.resolve()
  return async function nextTurn(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `Another change has held the database for more than ${turnTimeoutMs / 1000} s (an import, perhaps); try again when it has finished.`,
            ),
          ),
        turnTimeoutMs,
      )
    })
    try {
      await Promise.race([previous, gaveUp])
    } catch (error) {
      // Pass the turn on as soon as it arrives, so those queued behind are not stuck.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    let released = false
    return () => {
      if (!released) release()
      released = true
    }
  }
}

/** Sets the busy timeout on the connection libsql opens after handing its current one to a transaction. */
function busyTimeoutOnEveryConnection(client: LibsqlClientLike, busyTimeoutMs: number): void {
  const transaction = client.transaction.bind(client)
  client.transaction = (mode?: string) => {
    // Both calls run synchronously up to their first await: the transaction takes the
    // connection, and the pragma opens the next one before anything else can use it.
    const started = transaction(mode)
    client.execute(`PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)};`).catch(() => undefined)
    return started
  }
}

export function oneWriterAtATime(adapterObj: DatabaseAdapterObj, options: SqliteWriteOptions): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { client?: LibsqlClientLike }
      const nextTurn = createTurnQueue(options.turnTimeoutMs)
      const releases = new Map<string, () => void>()
      const { beginTransaction, commitTransaction, rollbackTransaction, connect } = adapter
      const patched = new WeakSet<object>()

      adapter.connect = async function (this: typeof adapter, ...rest: Parameters<NonNullable<typeof connect>>) {
        await connect?.apply(this, rest)
        if (this.client && !patched.has(this.client)) {
          busyTimeoutOnEveryConnection(this.client, options.busyTimeoutMs)
          patched.add(this.client)
        }
      }
      adapter.beginTransaction = async function (this: typeof adapter, transactionOptions) {
        const release = await nextTurn()
        try {
          const id = await beginTransaction.call(this, transactionOptions)
          if (id === null || id === undefined) release()
          else releases.set(String(id), release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      const thenRelease = (end: (id: TransactionID) => Promise<void>) =>
        async function (this: typeof adapter, incoming: TransactionID) {
          const id = incoming instanceof Promise ? await incoming : incoming
          try {
            await end.call(this, id)
          } finally {
            releases.get(String(id))?.()
            releases.delete(String(id))
          }
        }
      adapter.commitTransaction = thenRelease(commitTransaction)
      adapter.rollbackTransaction = thenRelease(rollbackTransaction)
      return adapter
    },
  }
}
