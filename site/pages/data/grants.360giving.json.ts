import type { APIRoute } from 'astro'
import { grantsPackage } from '../../../domain/funding/grantsPackage'
import { portalContent } from '../../lib/content'
import { lastModified } from '../../lib/datasets/metadata'
import { PUBLISHER } from '../../lib/datasets/licence'
import { absoluteUrl, urls } from '../../lib/urls'

/** Every grant as a 360Giving JSON package (Data Standard 1.4, with the DEI extension where used). */
export const GET: APIRoute = async ({ site }) => {
  const content = await portalContent()
  const modified = lastModified(content.grants.map((g) => ({ updated_at: g.updatedAt })))
  const pkg = grantsPackage(content.grants, {
    title: 'Grants on the Building a Fairer City portal',
    description: `Grants published by London funders in the 360Giving Data Standard, republished by the Building a Fairer City portal. Each grant is as its funder published it; see ${absoluteUrl(urls.dataset('grants'), site)} for publishers and licences.`,
    modified,
    publisher: { name: PUBLISHER.name, website: absoluteUrl(urls.home(), site) },
  })
  return new Response(JSON.stringify(pkg), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
