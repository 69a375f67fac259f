import { z } from 'astro/zod'
import { VALUE_STATUS_VALUES } from '../../../domain/measured'
import { DATA_SOURCES, WORKFORCE_CHARACTERISTICS } from '../../../domain/vocabulary'
import { listOf, oneOf, optionalNumber, optionalText, ref, updatedAt } from './shared'

/** One organisation's workforce by characteristic, for one date and grouping of staff (Open Innovations standard). */
export const workforceProfileSchema = z.object({
  /** The employer. */
  organisation: ref,
  /** The date the figures describe, as precise as published: 2024, 2024-03 or 2024-03-31. */
  published: z.string(),
  /** All staff, or a grade, pay band or division. */
  grouping: z.string(),
  /** A level within the organisation, if the figures are for one. */
  level: optionalText,
  /** Staff in the grouping, when published. */
  employees: optionalNumber,
  /** Where the organisation publishes the figures. */
  linkToInformation: optionalText,
  /** Headcounts by characteristic and category (Open Innovations standard names, e.g. ethnicity asian/indian). */
  counts: listOf(
    z.object({
      /** The standard's section, from WORKFORCE_CHARACTERISTICS. */
      characteristic: z.enum(WORKFORCE_CHARACTERISTICS),
      /** The category within it, e.g. asian/indian, female, prefernottosay. */
      category: z.string(),
      /** People in the category, when reported. */
      headcount: optionalNumber,
      /** Reported, withheld, not applicable or not reported (VALUE_STATUSES). */
      status: z.enum(VALUE_STATUS_VALUES),
      /** As published when withheld, e.g. "<5". */
      symbol: z
        .string()
        .nullish()
        .transform((v) => v ?? null),
    }),
  ),
  /** Where the record came from; entered in the CMS unless an importer says otherwise. */
  provenance: z
    .object({
      /** The importer's source, from DATA_SOURCES. */
      source: oneOf(DATA_SOURCES).nullish(),
    })
    .nullish()
    .transform((v) => ({ source: v?.source ?? 'manual' })),
  updatedAt,
})
