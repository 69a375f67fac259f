import { z } from 'astro/zod'
import { notReported, VALUE_STATUS_VALUES, type MeasuredValue } from '../../domain/measured'

/**
 * What the site may rely on in each published record. Anything else Payload
 * returns is dropped, so a field added in the CMS reaches the site only when it
 * is added here, with its description.
 */

/** A relationship as an ID; IDs are numbers on SQLite and strings on MongoDB, so the site uses strings. */
const ref = z.union([z.string(), z.number()]).transform(String)
const refs = z
  .array(ref)
  .nullish()
  .transform((v) => v ?? [])
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
    .object({ companiesHouseNumber: optionalText, charityNumber: optionalText, orgId: optionalText, gpgEmployerId: optionalText })
    .nullish()
    .transform((v) => v ?? { companiesHouseNumber: undefined, charityNumber: undefined, orgId: undefined, gpgEmployerId: undefined }),
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
  /** Library resources the commitment uses. */
  resources: refs,
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

/** A published figure: its number when reported; otherwise empty, with why and the symbol used (domain/measured.ts). */
const measured = z
  .object({
    value: z
      .number()
      .nullish()
      .transform((v) => v ?? null),
    status: z
      .enum(VALUE_STATUS_VALUES)
      .nullish()
      .transform((v) => v ?? 'not-reported'),
    /** As published when withheld, e.g. "<5". */
    symbol: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
  })
  .nullish()
  .transform((v): MeasuredValue => v ?? notReported())

const quarter = z
  .object({ reference: measured, comparison: measured })
  .nullish()
  .transform((v) => v ?? { reference: notReported(), comparison: notReported() })

export const payGapReportSchema = z.object({
  organisation: ref,
  /** Year of the snapshot date: 2022 for the 2022-23 reporting year. */
  year: z.number().int(),
  characteristic: z.string(),
  classification: optionalText,
  referenceGroup: z.string(),
  comparisonGroup: z.string(),
  headcount: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  employerSize: optionalText,
  meanHourlyGap: measured,
  medianHourlyGap: measured,
  meanBonusGap: measured,
  medianBonusGap: measured,
  referenceBonusShare: measured,
  comparisonBonusShare: measured,
  /** Pay quarters, lowest paid first. */
  q1: quarter,
  q2: quarter,
  q3: quarter,
  q4: quarter,
  narrativeUrl: optionalText,
  actionPlanUrl: optionalText,
  responsiblePerson: optionalText,
  dateSubmitted: optionalDate,
  submittedLate: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  /** Data-quality checks the record fails; published with it. */
  flags: z
    .array(z.object({ code: z.string(), message: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
  provenance: z
    .object({ source: z.string().nullish(), sourceFile: z.string().nullish() })
    .nullish()
    .transform((v) => ({ source: v?.source ?? 'manual', sourceFile: v?.sourceFile ?? undefined })),
  updatedAt: z.string(),
})

export const workforceProfileSchema = z.object({
  organisation: ref,
  /** The date the figures describe, as precise as published: 2024, 2024-03 or 2024-03-31. */
  published: z.string(),
  /** All staff, or a grade, pay band or division. */
  grouping: z.string(),
  level: optionalText,
  employees: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  linkToInformation: optionalText,
  /** Headcounts by characteristic and category (Open Innovations standard names, e.g. ethnicity asian/indian). */
  counts: z
    .array(
      z.object({
        characteristic: z.string(),
        category: z.string(),
        headcount: z
          .number()
          .nullish()
          .transform((v) => v ?? null),
        status: z.string(),
        symbol: z
          .string()
          .nullish()
          .transform((v) => v ?? null),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  provenance: z
    .object({ source: z.string().nullish() })
    .nullish()
    .transform((v) => ({ source: v?.source ?? 'manual' })),
  updatedAt: z.string(),
})

const deiArea = z
  .object({
    askedStatus: optionalText,
    replyStatus: optionalText,
    taxonomyCodes: z
      .array(z.string())
      .nullish()
      .transform((v) => v ?? []),
  })
  .nullish()
  .transform((v) => v ?? { askedStatus: undefined, replyStatus: undefined, taxonomyCodes: [] as string[] })

const grantParty = z.object({
  /** The portal organisation, once matched; absent for a grant to an individual. */
  organisation: ref.nullish().transform((v) => v ?? undefined),
  /** Org-id as published, e.g. GB-CHC-1126147. */
  orgId: z.string(),
  name: z.string(),
})

/** A grant in the 360Giving Data Standard, with the DEI extension's answers. */
export const grantSchema = z.object({
  grantId: z.string(),
  title: z.string(),
  description: optionalText,
  currency: z.string(),
  amountAppliedFor: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  amountAwarded: z.number(),
  awardDate: z.string(),
  year: z.number().int(),
  funder: grantParty,
  recipient: grantParty,
  programme: optionalText,
  beneficiaryLocation: optionalText,
  fromOpenCall: optionalText,
  dei: z
    .object({ leadership: deiArea, mission: deiArea, project: deiArea })
    .nullish()
    .transform((v) => v ?? { leadership: deiArea.parse(null), mission: deiArea.parse(null), project: deiArea.parse(null) }),
  /** The grant exactly as published, for the 360Giving export. */
  published: z.record(z.string(), z.unknown()),
  provenance: z
    .object({ publisher: z.string().nullish(), licence: z.string().nullish(), dataSource: z.string().nullish() })
    .nullish()
    .transform((v) => ({ publisher: v?.publisher ?? undefined, licence: v?.licence ?? undefined, dataSource: v?.dataSource ?? undefined })),
  updatedAt: z.string(),
})

/** Applications a funder received and funded, by kind of applicant (step 4.13.2). */
export const fundingApplicationSchema = z.object({
  funder: ref,
  year: z.number().int(),
  programme: optionalText,
  applicantGroup: z.string(),
  received: z.number().int(),
  funded: z.number().int(),
  updatedAt: z.string(),
})

/** A funder's target for the share of funding to equalities-led organisations (step 4.13.1). */
export const fundingTargetSchema = z.object({
  funder: ref,
  year: z.number().int(),
  targetShare: z.number(),
  basis: z.enum(['amount', 'count']),
  source: optionalText,
  updatedAt: z.string(),
})

const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? [])

/** A published resource of the good-practice library. */
export const resourceSchema = z.object({
  title: z.string(),
  slug: z.string(),
  organisation: ref,
  summary: z.string(),
  /** Lexical rich text, rendered by site/lib/richTextHtml.ts. */
  body: z.unknown().optional(),
  resourceType: z.string(),
  strands: strings,
  steps: refs,
  boroughs: strings,
  audience: optionalText,
  /** The resource file's ID, when uploaded. */
  file: ref.nullish().transform((v) => v ?? undefined),
  externalUrl: optionalText,
  linkCheck: z
    .object({ status: z.string().nullish(), checkedAt: z.string().nullish() })
    .nullish()
    .transform((v) => ({ status: v?.status ?? undefined, checkedAt: v?.checkedAt ?? undefined })),
  licence: optionalText,
  publicationDate: z.string(),
  reviewDate: optionalDate,
  evidenceGrade: z.string(),
  evidenceBasis: optionalText,
  updatedAt: z.string(),
  createdAt: z.string(),
})

/** A file a published resource uses: what it is and where to download it. */
export const resourceFileSchema = z.object({
  filename: z.string(),
  mimeType: z.string(),
  filesize: z.number(),
  url: z.string(),
})

export const caseStudySchema = z.object({
  title: z.string(),
  slug: z.string(),
  organisations: refs,
  sector: z.string(),
  steps: refs,
  summary: z.string(),
  body: z.unknown().optional(),
  outcomes: optionalText,
  sources: z
    .array(citation)
    .nullish()
    .transform((v) => v ?? []),
  updatedAt: z.string(),
  createdAt: z.string(),
})

/** An action of the Tackling Racial Inequality programme tracker. */
export const triActionSchema = z.object({
  key: z.string(),
  strand: z.string(),
  order: z.number(),
  title: z.string(),
  owners: z.string(),
  term: z.string(),
  status: z.string(),
  nextSteps: optionalText,
  rag: z.string(),
  source: citation.nullish().transform((v) => v ?? undefined),
  updatedAt: z.string(),
})

/** A change of an action's status or rating, from its versions. */
export const triChangeSchema = z.object({
  action: z.string(),
  at: z.string(),
  rag: z.string(),
  status: z.string(),
  /** What changed: the rating, the status text, or both. */
  changed: z.array(z.string()),
})

/** A numbered release of a dataset, made by the site build when the dataset's content changed. */
export const datasetReleaseSchema = z.object({
  dataset: z.string(),
  number: z.number().int(),
  releasedAt: z.string(),
  /** What changed: rows added, changed and removed, and corrections made since the last release. */
  note: z.string(),
  rowsAdded: z.number().int(),
  rowsChanged: z.number().int(),
  rowsRemoved: z.number().int(),
  rowCount: z.number().int(),
  /** The release's CSV, kept in RELEASE_UPLOAD_DIR. */
  filename: z.string(),
})

/** A published figure that was corrected: old and new value, when and why (the public corrections log). */
export const correctionSchema = z.object({
  /** The collection of the corrected record: organisations, commitments, pay-gap-reports, workforce-profiles or grants. */
  collection: z.string(),
  recordId: z.string(),
  recordTitle: z.string(),
  /** The organisation the record belongs to, for records shown on an organisation's page. */
  organisation: optionalText,
  field: z.string(),
  fieldLabel: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  reason: z.string(),
  /** curator or import. */
  kind: z.string(),
  correctedAt: z.string(),
})
