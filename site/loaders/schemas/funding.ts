import { z } from 'astro/zod'
import { ASKED_STATUSES, REPLY_STATUSES } from '../../../domain/funding/deiCodes'
import { APPLICANT_GROUPS, TARGET_BASES } from '../../../domain/vocabulary'
import { oneOf, optional, optionalNumber, optionalText, ref, strings, updatedAt } from './shared'

/** One of the DEI extension's three questions about a grant (leadership, mission, project), as answered. */
const deiArea = z
  .object({
    /** Whether the question was asked, and when (ASKED_STATUSES: AS100, AS101, AS200, AS201). */
    askedStatus: optional(oneOf(ASKED_STATUSES)),
    /** How it was answered (REPLY_STATUSES: RS100, RS200, RS201, RS202). */
    replyStatus: optional(oneOf(REPLY_STATUSES)),
    /** DEI taxonomy codes chosen in reply, e.g. DEI010100. */
    taxonomyCodes: strings,
  })
  .nullish()
  .transform((v) => v ?? { askedStatus: undefined, replyStatus: undefined, taxonomyCodes: [] as string[] })

/** The funder or the recipient of a grant. */
const grantParty = z.object({
  /** The portal organisation, once matched; absent for a grant to an individual. */
  organisation: optional(ref),
  /** Org-id as published, e.g. GB-CHC-1126147. */
  orgId: z.string(),
  /** The name as published. */
  name: z.string(),
})

/** A grant in the 360Giving Data Standard, with the DEI extension's answers. */
export const grantSchema = z.object({
  /** The 360Giving grant identifier. */
  grantId: z.string(),
  /** The grant's title as published. */
  title: z.string(),
  /** What the grant is for. */
  description: optionalText,
  /** ISO 4217 code, e.g. GBP. */
  currency: z.string(),
  /** What the recipient asked for, when published. */
  amountAppliedFor: optionalNumber,
  /** What the funder awarded. */
  amountAwarded: z.number(),
  /** When it was awarded (ISO date). */
  awardDate: z.string(),
  /** The calendar year of the award date. */
  year: z.number().int(),
  /** Who gave the grant. */
  funder: grantParty,
  /** Who received it. */
  recipient: grantParty,
  /** The funder's programme, when named. */
  programme: optionalText,
  /** Where the grant's beneficiaries are, as published. */
  beneficiaryLocation: optionalText,
  /** "Yes" or "No": whether applications were open to anyone. */
  fromOpenCall: optionalText,
  /** The DEI extension's answers, by question. */
  dei: z
    .object({
      /** Whether the recipient is led by the communities it names. */
      leadership: deiArea,
      /** Whether its mission is to serve them. */
      mission: deiArea,
      /** Whether the funded project serves them. */
      project: deiArea,
    })
    .nullish()
    .transform((v) => v ?? { leadership: deiArea.parse(null), mission: deiArea.parse(null), project: deiArea.parse(null) }),
  /** The grant exactly as published, for the 360Giving export. */
  published: z.record(z.string(), z.unknown()),
  /** Who published the grant, under what licence, from which data source. */
  provenance: z
    .object({
      /** The publisher's name. */
      publisher: z.string().nullish(),
      /** The licence it was published under, e.g. CC BY 4.0. */
      licence: z.string().nullish(),
      /** The publisher's data source, as the file states it. */
      dataSource: z.string().nullish(),
    })
    .nullish()
    .transform((v) => ({ publisher: v?.publisher ?? undefined, licence: v?.licence ?? undefined, dataSource: v?.dataSource ?? undefined })),
  updatedAt,
})

/** Applications a funder received and funded, by kind of applicant (step 4.13.2). */
export const fundingApplicationSchema = z.object({
  /** The funder. */
  funder: ref,
  /** The year counted. */
  year: z.number().int(),
  /** The funder's programme, when the counts are for one. */
  programme: optionalText,
  /** User-led, equalities-led or other (APPLICANT_GROUPS). */
  applicantGroup: oneOf(APPLICANT_GROUPS),
  /** Applications received. */
  received: z.number().int(),
  /** Applications funded. */
  funded: z.number().int(),
  updatedAt,
})

/** A funder's target for the share of funding to equalities-led organisations (step 4.13.1). */
export const fundingTargetSchema = z.object({
  /** The funder. */
  funder: ref,
  /** The year the target is for. */
  year: z.number().int(),
  /** The target share, in percent. */
  targetShare: z.number(),
  /** Whether the share is of the amount awarded or of the number of grants (TARGET_BASES). */
  basis: oneOf(TARGET_BASES),
  /** Where the funder states the target. */
  source: optionalText,
  updatedAt,
})
