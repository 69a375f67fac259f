import { z } from 'astro/zod'

/**
 * What the site may rely on in each published record. Anything else Payload
 * returns is dropped, so a field added in the CMS reaches the site only when it
 * is added here, with its description.
 */

/** A relationship as an ID; IDs are numbers on SQLite and strings on MongoDB, so the site uses strings. */
const ref = z.union([z.string(), z.number()]).transform(String)
const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)
const optionalDate = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined)

const citation = z.object({
  /** Which source document, from the SOURCE_DOCUMENTS vocabulary. */
  document: z.string(),
  /** Section, table or page within it. */
  section: optionalText,
  /** Where the source can be read, if online. */
  url: optionalText,
})

export const stageSchema = z.object({
  /** Position on the maturity ladder, 1 to 5. */
  order: z.number().int(),
  name: z.string(),
})

export const prioritySchema = z.object({
  number: z.number().int(),
  name: z.string(),
})

export const actionSchema = z.object({
  /** Key actions are numbered 1 to 14 across the whole plan. */
  number: z.number().int(),
  /** The priority the action serves. */
  priority: ref,
  text: z.string(),
})

export const stepSchema = z.object({
  /** Dotted code as printed in the plan, e.g. "1.1.4". */
  code: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Sorts steps in plan order. */
  sortKey: z.number(),
  priority: ref,
  action: ref,
  /** Maturity stage slug. */
  stage: ref,
  /** The step's full text from the plan. */
  text: z.string(),
})

export const organisationSchema = z.object({
  name: z.string(),
  /** Used in the profile's address; kept across renames. */
  slug: z.string(),
  sector: z.string(),
  sectorOther: optionalText,
  identifiers: z
    .object({ companiesHouseNumber: optionalText, charityNumber: optionalText, orgId: optionalText })
    .nullish()
    .transform((v) => v ?? { companiesHouseNumber: undefined, charityNumber: undefined, orgId: undefined }),
  /** Borough slugs from the BOROUGHS vocabulary. */
  boroughs: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  londonWide: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  website: optionalText,
  sizeBand: z.string(),
  lpbMembership: z.string(),
  /** The date the organisation adopted the plan, if known. */
  adoptedPlanOn: optionalDate,
  description: optionalText,
  formerNames: z
    .array(z.object({ name: z.string(), until: optionalDate }))
    .nullish()
    .transform((v) => v ?? []),
  /** Statements published sources make about the organisation, with citations. */
  facts: z
    .array(citation.extend({ statement: z.string(), date: optionalDate }))
    .nullish()
    .transform((v) => v ?? []),
  sources: z
    .array(citation)
    .nullish()
    .transform((v) => v ?? []),
  updatedAt: z.string(),
})

export const commitmentSchema = z.object({
  organisation: ref,
  /** Step code. */
  step: ref,
  /** Status on the ladder: planned, in-progress, complete, embedded. */
  status: z.string(),
  targetDate: optionalDate,
  narrative: optionalText,
  /** What the organisation asks of Building a Fairer City. */
  supportRequired: optionalText,
  evidenceLinks: z
    .array(z.object({ label: z.string(), url: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
  /** Self-declared, evidence supplied or externally assessed. */
  assurance: z.string(),
  sources: z
    .array(citation.extend({ quote: optionalText }))
    .nullish()
    .transform((v) => v ?? []),
  updatedAt: z.string(),
})

export const statusChangeSchema = z.object({
  commitment: ref,
  status: z.string(),
  /** When the version with this status was published. */
  at: z.string(),
})
