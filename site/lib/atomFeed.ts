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
}): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01T00:00:00.000Z')
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
