import {
  informationDuty,
  objectivesDuty,
  PSED_SECTORS,
  type InformationDuty,
  type ObjectivesDuty,
} from '../../domain/levels/publicationDuties'
import type { EqualityPublication, Organisation, PortalContent } from './indexContent'

export interface OrganisationDuties {
  organisation: Organisation
  information: InformationDuty
  objectives: ObjectivesDuty
  /** Its publications, newest first. */
  publications: EqualityPublication[]
}

/**
 * Each public body's duties on `today`: every published organisation in local
 * government, the GLA group and health, and any other organisation once a
 * publication is recorded for it. Education is the sector this is for: only
 * public ones (universities, maintained schools) have the duty, and the
 * portal does not record which are. Sorted by name.
 */
export function publicationDuties(content: PortalContent, today = new Date()): OrganisationDuties[] {
  const byOrganisation = new Map<string, EqualityPublication[]>()
  for (const p of content.equalityPublications) byOrganisation.set(p.organisation, [...(byOrganisation.get(p.organisation) ?? []), p])
  return content.organisations
    .filter((o) => (PSED_SECTORS as readonly string[]).includes(o.sector) || byOrganisation.has(o.id))
    .map((organisation) => {
      const publications = byOrganisation.get(organisation.id) ?? []
      const dates = (kind: EqualityPublication['kind']) => publications.filter((p) => p.kind === kind).map((p) => p.publishedOn)
      return {
        organisation,
        information: informationDuty(dates('equality-information'), today),
        objectives: objectivesDuty(dates('equality-objectives'), today),
        publications,
      }
    })
}
