/**
 * Controlled vocabularies shared by the CMS, the loaders and the published datasets.
 * Values are stable identifiers (they appear in CSV downloads); labels are for people.
 */

export interface Term<V extends string = string> {
  value: V
  label: string
  description?: string
}

/** Sectors named in the Year 1 progress report (sections 4.2 and 5), plus "other". */
export const SECTORS = [
  { value: 'health', label: 'Health' },
  { value: 'voluntary-community', label: 'Voluntary and community sector' },
  { value: 'trade-unions', label: 'Trade unions' },
  { value: 'business', label: 'Business' },
  { value: 'education', label: 'Education' },
  { value: 'local-government', label: 'Local government' },
  { value: 'gla-group', label: 'GLA group' },
  { value: 'housing-associations', label: 'Housing associations' },
  { value: 'law-centres', label: 'Law centres' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly Term[]

/** The 32 London boroughs and the City of London. */
export const BOROUGHS = [
  'Barking and Dagenham',
  'Barnet',
  'Bexley',
  'Brent',
  'Bromley',
  'Camden',
  'City of London',
  'Croydon',
  'Ealing',
  'Enfield',
  'Greenwich',
  'Hackney',
  'Hammersmith and Fulham',
  'Haringey',
  'Harrow',
  'Havering',
  'Hillingdon',
  'Hounslow',
  'Islington',
  'Kensington and Chelsea',
  'Kingston upon Thames',
  'Lambeth',
  'Lewisham',
  'Merton',
  'Newham',
  'Redbridge',
  'Richmond upon Thames',
  'Southwark',
  'Sutton',
  'Tower Hamlets',
  'Waltham Forest',
  'Wandsworth',
  'Westminster',
].map((name) => ({ value: slugify(name), label: name }))

/**
 * The commitment status ladder. Each rung includes the ones below it: a step that
 * is embedded is also complete. Documented on the site's "About the data" page.
 */
export const COMMITMENT_STATUSES = [
  {
    value: 'planned',
    label: 'Planned',
    description: 'The organisation has committed to the step and planned the work, but not started it.',
  },
  { value: 'in-progress', label: 'In progress', description: 'Work on the step has started and is not yet complete.' },
  { value: 'complete', label: 'Complete', description: 'The step has been done once, as the plan describes it.' },
  { value: 'embedded', label: 'Embedded', description: 'The step is part of how the organisation routinely works, reviewed every year.' },
] as const satisfies readonly Term[]

export const ASSURANCE_LEVELS = [
  { value: 'self-declared', label: 'Self-declared', description: 'Stated by the organisation without supporting evidence.' },
  { value: 'evidence-supplied', label: 'Evidence supplied', description: 'The organisation has linked evidence that a reader can check.' },
  { value: 'externally-assessed', label: 'Externally assessed', description: 'An independent body has assessed the claim.' },
] as const satisfies readonly Term[]

export const SIZE_BANDS = [
  { value: 'micro', label: 'Micro (fewer than 10 staff)' },
  { value: 'small', label: 'Small (10 to 49 staff)' },
  { value: 'medium', label: 'Medium (50 to 249 staff)' },
  { value: 'large', label: 'Large (250 to 4,999 staff)' },
  { value: 'very-large', label: 'Very large (5,000 staff or more)' },
  { value: 'not-stated', label: 'Not stated' },
] as const satisfies readonly Term[]

export const LPB_MEMBERSHIP = [
  { value: 'member', label: 'Member of the London Partnership Board' },
  { value: 'not-member', label: 'Not a member' },
  { value: 'not-stated', label: 'Not stated in the sources' },
] as const satisfies readonly Term[]

/** Where a record stands in review; publishing itself is Payload's draft/published status. */
export const REVIEW_STATES = [
  { value: 'draft', label: 'Draft' },
  { value: 'submitted', label: 'Submitted for review' },
  { value: 'changes-requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
] as const satisfies readonly Term[]

/** The source documents seed content may cite (shared/seeds/README.md). */
export const SOURCE_DOCUMENTS = [
  { value: 'action-plan-template', label: 'Building a Fairer City action plan: self-assessment template' },
  { value: 'progress-report-2023', label: 'Building a Fairer City Progress Report, Year 1 (2023)' },
  { value: 'gla-decision-communities-of-practice', label: 'GLA decision: communities-of-practice approach' },
  { value: 'london-councils-tri-programme', label: 'London Councils: Tackling Racial Inequality programme' },
  { value: 'london-councils-equalities', label: 'London Councils: promoting equalities' },
  { value: 'local-authority-register', label: 'mySociety: UK local authority names and codes (register codes and GSS codes)' },
  { value: 'gpg-service', label: 'UK Gender Pay Gap Service (GOV.UK)' },
  { value: 'other', label: 'Other published source' },
] as const satisfies readonly Term[]

/** A curator's decision on a match an import could not make alone (match-reviews). */
export const MATCH_DECISIONS = [
  { value: 'pending', label: 'Waiting for a curator' },
  { value: 'accepted', label: 'Accepted: the same organisation' },
  { value: 'rejected', label: 'Rejected: a different organisation' },
  { value: 'merged', label: 'Merged into another organisation' },
] as const satisfies readonly Term[]

/** Whether an organisation is in Greater London, as its address or the register shows. */
export const IN_LONDON = [
  { value: 'yes', label: 'In Greater London' },
  { value: 'no', label: 'Outside Greater London' },
  { value: 'not-known', label: 'Not known' },
] as const satisfies readonly Term[]

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function labelOf(terms: readonly Term[], value: string | null | undefined): string {
  return terms.find((t) => t.value === value)?.label ?? value ?? ''
}

export function valuesOf<T extends readonly Term[]>(terms: T): T[number]['value'][] {
  return terms.map((t) => t.value)
}

export const CHARACTERISTICS = [
  { value: 'gender', label: 'Gender' },
  { value: 'ethnicity', label: 'Ethnicity' },
  { value: 'disability', label: 'Disability' },
] as const satisfies readonly Term[]

/** Where a pay-gap or workforce record came from. */
export const DATA_SOURCES = [
  { value: 'gpg-service', label: 'UK Gender Pay Gap Service' },
  { value: 'gla-tables', label: 'Greater London Authority pay gap tables' },
  { value: 'portal-template', label: 'Portal template' },
  { value: 'open-innovations', label: 'Open Innovations workforce diversity standard' },
  { value: 'manual', label: 'Entered in the CMS' },
] as const satisfies readonly Term[]

/** The sections of the Open Innovations diversity data standard: what a workforce profile counts people by. */
export const WORKFORCE_CHARACTERISTICS = [
  'age',
  'carer',
  'disability',
  'ethnicity',
  'gender',
  'genderidentitymatchesthatassignedatbirth',
  'religion',
  'sexuality',
  'seb',
] as const

/** Applicants as step 4.13.2 counts them. */
export const APPLICANT_GROUPS = [
  { value: 'user-led', label: 'User-led', description: 'Led by people with lived experience of the inequality the work addresses.' },
  {
    value: 'equalities-led',
    label: 'Equalities-led',
    description: 'Led by and for a community facing inequity (e.g. by-and-for organisations).',
  },
  { value: 'other', label: 'Other applicants', description: 'Every other applicant.' },
] as const satisfies readonly Term[]

/** What a funding target is a share of. */
export const TARGET_BASES = [
  { value: 'amount', label: 'Share of the amount awarded' },
  { value: 'count', label: 'Share of the number of grants' },
] as const satisfies readonly Term[]

/** The Tackling Racial Inequality programme's three strands (London Councils). */
export const TRI_STRANDS = [
  { value: 'demonstrating-leadership', label: 'Demonstrating leadership' },
  { value: 'large-employers', label: 'Our role as large employers' },
  { value: 'improving-practice', label: 'Challenging and improving practice across services' },
] as const satisfies readonly Term[]

export const RESOURCE_TYPES = [
  { value: 'toolkit', label: 'Toolkit' },
  { value: 'guidance', label: 'Guidance' },
  { value: 'policy', label: 'Policy' },
  { value: 'training-material', label: 'Training material' },
  { value: 'report', label: 'Report' },
  { value: 'data-tool', label: 'Data tool' },
  { value: 'learning-note', label: 'Learning note' },
  { value: 'event-record', label: 'Event record' },
] as const satisfies readonly Term[]

/** How strong the evidence is that a practice works; each resource says what its grade rests on. */
export const EVIDENCE_GRADES = [
  { value: 'effective', label: 'Effective', description: 'Evaluated, with evidence that it achieved what it set out to.' },
  { value: 'promising', label: 'Promising', description: 'Early or partial evidence of effect.' },
  { value: 'mixed', label: 'Mixed', description: 'Evaluated, with mixed or inconclusive results.' },
  { value: 'not-yet-evaluated', label: 'Not yet evaluated', description: 'No evaluation yet.' },
] as const satisfies readonly Term[]

/** The programme tracker's terms and RAG ratings, with the programme's own definitions. */
export const TRI_TERMS = [
  { value: 'immediate-short', label: 'Immediate and short term' },
  { value: 'medium-long', label: 'Medium and long term' },
] as const satisfies readonly Term[]

export const RAG_RATINGS = [
  { value: 'green', label: 'Green', description: 'Pan-London activity well underway.' },
  { value: 'yellow', label: 'Yellow', description: 'Borough/some examples but not embedded/consistent across London.' },
  { value: 'red', label: 'Red', description: 'No activity initiated.' },
  { value: 'not-rated', label: 'Not rated', description: 'No rating published for this action yet.' },
] as const satisfies readonly Term[]

export type CharacteristicValue = (typeof CHARACTERISTICS)[number]['value']
