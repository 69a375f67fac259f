/**
 * Every record of a paginated Payload read, one page at a time: `read(page)` is
 * a find or findVersions with a limit and a total order (ending in the id), so
 * pages neither skip nor repeat a record. Reading in pages rather than with
 * `pagination: false` bounds what one query materialises, and keeps a query's
 * matches under SQLite's limit on statement variables (Payload's SQLite adapter
 * reads the matching ids first, then the rows by id).
 */
export async function* everyPage<T>(read: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    yield* result.docs
    if (!result.hasNextPage) return
  }
}
