import { describe, expect, it } from 'vitest'
import { atomFeed } from '../../site/lib/atomFeed'

const feed = { id: 'urn:x', title: 'T', self: 'http://x/feed.xml', alternate: 'http://x/', author: 'A' }
const updatedOf = (xml: string) => /<feed[^]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1]

describe('an Atom feed’s updated date', () => {
  it('is its newest entry’s', () => {
    const entry = { id: 'e', title: 't', link: 'http://x/e', summary: 's' }
    expect(
      updatedOf(
        atomFeed({
          ...feed,
          entries: [
            { ...entry, updated: '2025-03-01T00:00:00Z' },
            { ...entry, updated: '2025-05-01T00:00:00Z' },
          ],
        }),
      ),
    ).toBe('2025-05-01T00:00:00Z')
  })
  it('when empty, is the latest change to what it covers, else the build, never 1970', () => {
    expect(updatedOf(atomFeed({ ...feed, entries: [], updatedWhenEmpty: '2025-01-02T03:04:05Z' }))).toBe('2025-01-02T03:04:05Z')
    const built = updatedOf(atomFeed({ ...feed, entries: [] }))!
    expect(Math.abs(Date.parse(built) - Date.now())).toBeLessThan(60_000)
  })
})
