import { describe, expect, it } from 'vitest'
import { createRebuildScheduler } from '../../cms/lib/siteRebuildScheduler'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('createRebuildScheduler', () => {
  it('builds incrementally only when every change it carries names the organisations it touches', async () => {
    const runs: Array<{ reasons: string[]; scope: unknown }> = []
    const scheduler = createRebuildScheduler({ debounceMs: 10, run: async (reasons, scope) => void runs.push({ reasons, scope }) })
    scheduler.schedule('commitment 1', { organisations: ['tfl'] })
    scheduler.schedule('commitment 2', { organisations: ['lambeth', 'tfl'] })
    await scheduler.idle()
    scheduler.schedule('commitment 3', { organisations: ['tfl'] })
    scheduler.schedule('plan step changed')
    await scheduler.idle()
    expect(runs).toEqual([
      { reasons: ['commitment 1', 'commitment 2'], scope: { organisations: ['lambeth', 'tfl'] } },
      { reasons: ['commitment 3', 'plan step changed'], scope: undefined },
    ])
  })

  it('turns a burst of changes into one build with every reason', async () => {
    const runs: string[][] = []
    const scheduler = createRebuildScheduler({ debounceMs: 20, run: async (reasons) => void runs.push(reasons) })
    scheduler.schedule('a')
    scheduler.schedule('b')
    scheduler.schedule('c')
    await scheduler.idle()
    expect(runs).toEqual([['a', 'b', 'c']])
  })

  it('never runs two builds at once, and queues exactly one more for changes made during a build', async () => {
    const runs: string[][] = []
    let concurrent = 0
    let maxConcurrent = 0
    const scheduler = createRebuildScheduler({
      debounceMs: 5,
      run: async (reasons) => {
        concurrent++
        maxConcurrent = Math.max(maxConcurrent, concurrent)
        runs.push(reasons)
        await wait(50)
        concurrent--
      },
    })
    scheduler.schedule('first')
    await wait(20) // the first build is running now
    scheduler.schedule('during-1')
    scheduler.schedule('during-2')
    await wait(10)
    scheduler.schedule('during-3')
    await scheduler.idle()
    expect(maxConcurrent).toBe(1)
    expect(runs).toEqual([['first'], ['during-1', 'during-2', 'during-3']])
  })

  it('reports a failed build and carries on with the next change', async () => {
    const errors: unknown[] = []
    let calls = 0
    const scheduler = createRebuildScheduler({
      debounceMs: 5,
      run: async () => {
        calls++
        if (calls === 1) throw new Error('build broke')
      },
      onError: (e) => errors.push(e),
    })
    scheduler.schedule('x')
    await scheduler.idle()
    scheduler.schedule('y')
    await scheduler.idle()
    expect(calls).toBe(2)
    expect(errors).toHaveLength(1)
  })

  it('reports queued, then building, then live with the time the build finished; a failure keeps the last live time', async () => {
    let finish: () => void = () => {}
    let fail = false
    const clock = { t: Date.parse('2026-11-01T10:00:00Z') }
    const scheduler = createRebuildScheduler({
      debounceMs: 5,
      now: () => new Date(clock.t),
      run: () =>
        new Promise<void>((resolve, reject) => {
          finish = () => (fail ? reject(new Error('build failed')) : resolve())
        }),
    })
    expect(scheduler.status()).toEqual({ state: 'live', changedAt: null, liveAt: null, failedAt: null })
    scheduler.schedule('published')
    expect(scheduler.status()).toMatchObject({ state: 'queued', changedAt: '2026-11-01T10:00:00.000Z' })
    await wait(20)
    expect(scheduler.status().state).toBe('building')
    clock.t += 60_000
    finish()
    await scheduler.idle()
    expect(scheduler.status()).toEqual({
      state: 'live',
      changedAt: '2026-11-01T10:00:00.000Z',
      liveAt: '2026-11-01T10:01:00.000Z',
      failedAt: null,
    })
    fail = true
    scheduler.schedule('again')
    await wait(20)
    clock.t += 60_000
    finish()
    await scheduler.idle()
    expect(scheduler.status()).toMatchObject({ state: 'live', liveAt: '2026-11-01T10:01:00.000Z', failedAt: '2026-11-01T10:02:00.000Z' })
  })
})
