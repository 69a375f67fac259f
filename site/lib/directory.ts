import { BOROUGHS, SECTORS } from '../../domain/vocabulary'
import type { PortalContent } from './content'

/** The compact index the directory's filter reads: one small record per organisation. */
export interface DirectoryEntry {
  /** name */ n: string
  /** slug */ s: string
  /** sector */ t: string
  /** borough slugs */ b: string[]
  /** London-wide */ w: boolean
  /** numbers of the key actions it has published commitments under */ a: number[]
  /** published commitments */ c: number
  /** has published pay gaps (for "Find an employer"), left out when not */ p?: true
}

export function directoryEntries(content: PortalContent): DirectoryEntry[] {
  return content.organisations.map((o) => {
    const commitments = content.commitmentsByOrganisation.get(o.id) ?? []
    const actions = new Set<number>()
    for (const c of commitments) {
      const step = content.stepById.get(c.step)
      const action = step && content.actionById.get(step.action)
      if (action) actions.add(action.number)
    }
    return {
      n: o.name,
      s: o.slug,
      t: o.sector,
      b: o.boroughs,
      w: o.londonWide,
      a: [...actions].sort((x, y) => x - y),
      c: commitments.length,
      ...(content.payGapReportsByOrganisation.has(o.id) ? { p: true as const } : {}),
    }
  })
}

export const DIRECTORY_PAGE_SIZE = 100

/**
 * Worked out once per build: every directory and group page lists against the
 * whole portal, and at 20,000 organisations rebuilding these for each of its
 * hundreds of pages took about 9 s of an incremental build.
 */
const onceForContent = <T>(work: (content: PortalContent) => T) => {
  const done = new WeakMap<PortalContent, T>()
  return (content: PortalContent): T => {
    if (!done.has(content)) done.set(content, work(content))
    return done.get(content)!
  }
}

export const commitmentCounts = onceForContent(
  (content): ReadonlyMap<string, number> =>
    new Map(content.organisations.map((o) => [o.id, content.commitmentsByOrganisation.get(o.id)?.length ?? 0])),
)

/** The sectors and boroughs at least one organisation is in, in the vocabulary's order. */
export const groupsInUse = onceForContent((content) => ({
  sectors: SECTORS.filter((s) => content.organisations.some((o) => o.sector === s.value)),
  boroughs: BOROUGHS.filter((b) => content.organisations.some((o) => o.boroughs.includes(b.value))),
}))
