import { escapeHtml as escape } from './escapeHtml'

/**
 * An Atom 1.0 feed (RFC 4287): the feed's id, title, updated and author, and for
 * each entry its id, title, updated, link and summary. Every text is escaped.
 */
export interface FeedEntry {
  id: string
  title: string
  updated: string
  published?: string
  link: string
  summary: string
  author?: string
}

export function atomFeed(feed: {
  id: string
  title: string
  self: string
  alternate: string
  author: string
  entries: FeedEntry[]
  /**
   * When the feed last changed if it has no entries: the latest change to what it
   * covers, else the build. RFC 4287 requires <updated>, and 1970 reads as broken.
   */
  updatedWhenEmpty?: string
}): string {
  const latest = feed.entries.reduce<string | undefined>((max, e) => (max === undefined || e.updated > max ? e.updated : max), undefined)
  const updated = latest ?? feed.updatedWhenEmpty ?? new Date().toISOString()
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escape(e.id)}</id>
    <title>${escape(e.title)}</title>
    <updated>${escape(e.updated)}</updated>${e.published ? `\n    <published>${escape(e.published)}</published>` : ''}
    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>
    <summary>${escape(e.summary)}</summary>${e.author ? `\n    <author><name>${escape(e.author)}</name></author>` : ''}
  </entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escape(feed.id)}</id>
  <title>${escape(feed.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>
  <author><name>${escape(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`
}
