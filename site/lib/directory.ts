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

export function commitmentCounts(content: PortalContent): Map<string, number> {
  return new Map(content.organisations.map((o) => [o.id, content.commitmentsByOrganisation.get(o.id)?.length ?? 0]))
}
