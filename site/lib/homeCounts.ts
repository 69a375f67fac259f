/**
 * The home page's counts of organisations, each saying what it counts: those
 * taking part in the plan (they adopted it, or have a published commitment)
 * apart from the employers and grant recipients the portal knows only from
 * published data (pay gap reports, 360Giving grants), which are most of them.
 */
export function organisationCounts(
  organisations: ReadonlyArray<{ id: string; adoptedPlanOn?: string | null }>,
  commitments: ReadonlyArray<{ organisation: string }>,
): { takingPart: number; withCommitments: number; fromPublishedDataOnly: number } {
  const committed = new Set(commitments.map((c) => c.organisation))
  const takingPart = organisations.filter((o) => Boolean(o.adoptedPlanOn) || committed.has(o.id)).length
  return {
    takingPart,
    withCommitments: organisations.filter((o) => committed.has(o.id)).length,
    fromPublishedDataOnly: organisations.length - takingPart,
  }
}
