/**
 * Debounced, single-flight scheduling of site rebuilds: a burst of edits becomes
 * one build, and a change made while a build runs queues exactly one more.
 */
export interface RebuildScheduler {
  schedule(reason: string): void
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>
}

export function createRebuildScheduler(options: {
  run: (reasons: string[]) => Promise<void>
  debounceMs: number
  onError?: (error: unknown) => void
}): RebuildScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let pending: string[] = []
  const waiters: Array<() => void> = []

  const settleIfIdle = () => {
    if (!timer && !running && pending.length === 0) waiters.splice(0).forEach((resolve) => resolve())
  }

  const start = () => {
    timer = undefined
    if (running) return // the finishing build starts the next one
    const reasons = pending
    pending = []
    running = options
      .run(reasons)
      .catch((error) => options.onError?.(error))
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
    schedule(reason) {
      pending.push(reason)
      arm()
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve)
        settleIfIdle()
      })
    },
  }
}
