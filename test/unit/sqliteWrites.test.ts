import { describe, expect, it } from 'vitest'
import { createTurnQueue } from '../../cms/sqliteWrites'

describe("this process's SQLite transactions take turns", () => {
  it('in the order they asked, each waiting for the previous one to end', async () => {
    const nextTurn = createTurnQueue(1000)
    const events: string[] = []
    const first = await nextTurn()
    const second = nextTurn().then((release) => {
      events.push('second begins')
      return release
    })
    const third = nextTurn().then((release) => {
      events.push('third begins')
      release()
    })
    await new Promise((r) => setTimeout(r, 20))
    expect(events).toEqual([])
    events.push('first ends')
    first()
    ;(await second)()
    await third
    expect(events).toEqual(['first ends', 'second begins', 'third begins'])
  })

  it('gives up with a message when the previous one holds on too long, and lets those behind go on once it ends', async () => {
    const nextTurn = createTurnQueue(50)
    const stuck = await nextTurn()
    await expect(nextTurn()).rejects.toThrow(/held the database for more than 0\.05 s/)
    const after = nextTurn()
    stuck()
    const release = await after
    release()
  })
})
