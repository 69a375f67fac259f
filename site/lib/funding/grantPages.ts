import type { PortalContent } from '../content'

/** Grants a page at a time, so a funder publishing tens of thousands does not make one huge page. */
export const GRANTS_PER_PAGE = 100

export function grantPage(content: PortalContent, page: number) {
  const pageCount = Math.max(1, Math.ceil(content.grants.length / GRANTS_PER_PAGE))
  return {
    grants: content.grants.slice((page - 1) * GRANTS_PER_PAGE, page * GRANTS_PER_PAGE),
    page,
    pageCount,
    total: content.grants.length,
  }
}
