import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Runs `work` with `flags` set in the request's context, then sets them back as
 * they were. Passing them as the `context` of a nested local-API call together
 * with `req` would not do: Payload merges that context into the shared
 * `req.context` (payload/dist/utilities/createLocalReq.js), so the flags would
 * stay set for the rest of the person's request (as `disableSiteRebuild` once
 * stopped a corrected record's rebuild, commit 1787758).
 */
export async function withContextFlags<T>(req: PayloadRequest, flags: RequestContext, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(flags).map((key) => [key, req.context[key]]))
  Object.assign(req.context, flags)
  try {
    return await work()
  } finally {
    // Nested calls may have replaced req.context with a merged copy: restore on the one the request has now.
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete req.context[key]
      else req.context[key] = value
    }
  }
}
