import type { APIRoute } from 'astro'
import { atomFeed } from '../../lib/atomFeed'
import { portalContent } from '../../lib/content'
import { PUBLISHER } from '../../lib/datasets/licence'
import { absoluteUrl, urls } from '../../lib/urls'

/** New case studies, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const content = await portalContent()
  const xml = atomFeed({
    id: absoluteUrl(urls.caseStudiesFeed(), site),
    title: 'Building a Fairer City: new case studies',
    self: absoluteUrl(urls.caseStudiesFeed(), site),
    alternate: absoluteUrl(urls.caseStudies(), site),
    author: PUBLISHER.name,
    entries: [...content.caseStudies]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, 50)
      .map((c) => ({
        id: absoluteUrl(urls.caseStudy(c.slug), site),
        title: c.title,
        updated: c.updatedAt,
        published: c.createdAt,
        link: absoluteUrl(urls.caseStudy(c.slug), site),
        summary: c.summary,
      })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
