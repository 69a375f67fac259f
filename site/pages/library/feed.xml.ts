import type { APIRoute } from 'astro'
import { atomFeed } from '../../lib/atomFeed'
import { portalContent } from '../../lib/content'
import { PUBLISHER } from '../../lib/datasets/licence'
import { absoluteUrl, urls } from '../../lib/urls'

/** New resources in the good-practice library, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const content = await portalContent()
  const xml = atomFeed({
    id: absoluteUrl(urls.libraryFeed(), site),
    title: 'Good-practice library: new resources',
    self: absoluteUrl(urls.libraryFeed(), site),
    alternate: absoluteUrl(urls.library(), site),
    author: PUBLISHER.name,
    entries: [...content.resources]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, 50)
      .map((r) => ({
        id: absoluteUrl(urls.resource(r.slug), site),
        title: r.title,
        updated: r.updatedAt,
        published: r.createdAt,
        link: absoluteUrl(urls.resource(r.slug), site),
        summary: r.summary,
        author: content.organisationById.get(r.organisation)?.name,
      })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
