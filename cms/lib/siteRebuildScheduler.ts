/**
 * Debounced, single-flight scheduling of site rebuilds: a burst of edits becomes
 * one build, and a change made while a build runs queues exactly one more.
 */
/**
 * Where the public site stands: `queued` (a change waits for the debounce or the
 * running build), `building`, or `live` (every scheduled change is on the site).
 * Times are ISO strings; `liveAt` is when the last build finished.
 */
export interface RebuildStatus {
  state: 'queued' | 'building' | 'live'
  /** When the latest change was scheduled. */
  changedAt: string | null
  liveAt: string | null
  /** When the last build failed, if it did after the last success: the previous site stays live. */
  failedAt: string | null
}

/**
 * What a change touches: the organisations whose own pages show it. A change
 * scheduled without one (most) needs a full build; a build is incremental only
 * when every change it carries has a scope.
 */
export interface RebuildScope {
  organisations: string[]
}

export interface RebuildScheduler {
  schedule(reason: string, scope?: RebuildScope): void
  status(): RebuildStatus
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>
}

export function createRebuildScheduler(options: {
  run: (reasons: string[], scope: RebuildScope | undefined) => Promise<void>
  debounceMs: number
  onError?: (error: unknown) => void
  now?: () => Date
}): RebuildScheduler {
  const now = options.now ?? (() => new Date())
  let changedAt: string | null = null
  let liveAt: string | null = null
  let failedAt: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let pending: Array<{ reason: string; scope?: RebuildScope }> = []
  const waiters: Array<() => void> = []

  const settleIfIdle = () => {
    if (!timer && !running && pending.length === 0) waiters.splice(0).forEach((resolve) => resolve())
  }

  const start = () => {
    timer = undefined
    if (running) return // the finishing build starts the next one
    const changes = pending
    pending = []
    const scope = changes.every((c) => c.scope)
      ? { organisations: [...new Set(changes.flatMap((c) => c.scope!.organisations))].sort() }
      : undefined
    running = options
      .run(
        changes.map((c) => c.reason),
        scope,
      )
      .then(() => {
        liveAt = now().toISOString()
        failedAt = null
      })
      .catch((error) => {
        failedAt = now().toISOString()
        options.onError?.(error)
      })
      .finally(() => {
        running = undefined
        if (pending.length > 0) arm()
        else settleIfIdle()
      })
  }

  const arm = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(start, options.debounceMs)
  }

  return {
    schedule(reason, scope) {
      pending.push({ reason, scope })
      changedAt = now().toISOString()
      arm()
    },
    status() {
      const state = timer || pending.length > 0 ? 'queued' : running ? 'building' : 'live'
      return { state, changedAt, liveAt, failedAt }
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve)
        settleIfIdle()
      })
    },
  }
}
