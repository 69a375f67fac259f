import { z } from 'astro/zod'
import { BOROUGHS, EVIDENCE_GRADES, RESOURCE_TYPES, SECTORS, TRI_STRANDS } from '../../../domain/vocabulary'
import { citation, listOf, oneOf, optional, optionalDate, optionalText, ref, refs, updatedAt } from './shared'

/** The good-practice library: resources, their files, and case studies. */

/** A published resource of the good-practice library. */
export const resourceSchema = z.object({
  /** The resource's title. */
  title: z.string(),
  /** Used in its address. */
  slug: z.string(),
  /** The contributing organisation. */
  organisation: ref,
  /** What it is and who it helps, in a few sentences. */
  summary: z.string(),
  /** Lexical rich text, rendered by site/lib/richTextHtml.ts. */
  body: z.unknown().optional(),
  /** Toolkit, guidance, policy, ... (RESOURCE_TYPES). */
  resourceType: oneOf(RESOURCE_TYPES),
  /** The Tackling Racial Inequality programme's strands it serves (TRI_STRANDS). */
  strands: listOf(oneOf(TRI_STRANDS)),
  /** Steps of the plan it helps with. */
  steps: refs,
  /** Boroughs it comes from or applies to (BOROUGHS). */
  boroughs: listOf(oneOf(BOROUGHS)),
  /** Who it is for, e.g. HR teams, councillors, commissioners. */
  audience: optionalText,
  /** The resource file's ID, when uploaded. */
  file: optional(ref),
  /** Where the resource lives, if not uploaded here. */
  externalUrl: optionalText,
  /** The CMS's last check of `externalUrl`. */
  linkCheck: z
    .object({
      /** ok, broken or unreachable. */
      status: z.string().nullish(),
      /** When the link was checked. */
      checkedAt: z.string().nullish(),
    })
    .nullish()
    .transform((v) => ({ status: v?.status ?? undefined, checkedAt: v?.checkedAt ?? undefined })),
  /** The licence it is published under, e.g. Open Government Licence v3.0. */
  licence: optionalText,
  /** When it was published (ISO date). */
  publicationDate: z.string(),
  /** After this date the library shows it as due for review. */
  reviewDate: optionalDate,
  /** How strong the evidence is that it works (EVIDENCE_GRADES). */
  evidenceGrade: oneOf(EVIDENCE_GRADES),
  /** What the grade rests on, e.g. "Independent evaluation, 2023". */
  evidenceBasis: optionalText,
  updatedAt,
  /** When it was first saved. */
  createdAt: z.string(),
})

/** A file a published resource uses: what it is and where to download it. */
export const resourceFileSchema = z.object({
  /** The file's name as stored. */
  filename: z.string(),
  /** Its type, checked by content when uploaded. */
  mimeType: z.string(),
  /** Its size in bytes. */
  filesize: z.number(),
  /** Where the CMS serves it. */
  url: z.string(),
})

/** A case study: how organisations carried out steps of the plan. */
export const caseStudySchema = z.object({
  /** The case study's title. */
  title: z.string(),
  /** Used in its address. */
  slug: z.string(),
  /** The organisations it is about. */
  organisations: refs,
  /** Their sector (SECTORS). */
  sector: oneOf(SECTORS),
  /** Steps of the plan it shows. */
  steps: refs,
  /** What happened, in a few sentences. */
  summary: z.string(),
  /** Lexical rich text, rendered by site/lib/richTextHtml.ts. */
  body: z.unknown().optional(),
  /** What changed as a result. */
  outcomes: optionalText,
  /** Where the account comes from. */
  sources: listOf(citation),
  updatedAt,
  /** When it was first saved. */
  createdAt: z.string(),
})
