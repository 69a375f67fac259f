import type { APIRoute } from 'astro'
import { labelOf, RAG_RATINGS } from '../../../domain/vocabulary'
import { atomFeed } from '../../lib/atomFeed'
import { portalContent } from '../../lib/content'
import { PUBLISHER } from '../../lib/datasets/licence'
import { absoluteUrl, urls } from '../../lib/urls'

/** Changes to the Tackling Racial Inequality programme tracker's actions (first recorded, rating, status), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const content = await portalContent()
  const titleOf = new Map(content.trackerActions.map((a) => [a.key, a.title]))
  const changes = [...content.trackerChangesByAction.values()].flat().sort((a, b) => b.at.localeCompare(a.at))
  const page = absoluteUrl(urls.programmeTracker(), site)
  const latestAction = content.trackerActions.reduce<string | undefined>(
    (max, a) => (max === undefined || a.updatedAt > max ? a.updatedAt : max),
    undefined,
  )
  const xml = atomFeed({
    id: absoluteUrl(urls.programmeTrackerFeed(), site),
    title: 'Tackling Racial Inequality programme tracker: changes',
    self: absoluteUrl(urls.programmeTrackerFeed(), site),
    alternate: page,
    author: PUBLISHER.name,
    updatedWhenEmpty: latestAction,
    entries: changes.slice(0, 50).map((c) => {
      const what = c.changed.includes('recorded') ? 'first recorded' : `${c.changed.join(' and ')} changed`
      return {
        id: `${page}#${c.action}-${c.at}`,
        title: `${titleOf.get(c.action) ?? c.action}: ${what}`,
        updated: c.at,
        link: `${page}#history`,
        summary: `Rating: ${labelOf(RAG_RATINGS, c.rag)}. Status: ${c.status}`,
      }
    }),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
