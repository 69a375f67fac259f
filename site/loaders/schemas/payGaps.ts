import { z } from 'astro/zod'
import { notReported, VALUE_STATUS_VALUES, type MeasuredValue } from '../../../domain/measured'
import { CHARACTERISTICS, DATA_SOURCES } from '../../../domain/vocabulary'
import { flag, listOf, oneOf, optionalDate, optionalNumber, optionalText, ref, updatedAt } from './shared'

/** A published figure: its number when reported; otherwise empty, with why and the symbol used (domain/measured.ts). */
export const measured = z
  .object({
    /** The figure, when reported; never 0 for a figure withheld. */
    value: optionalNumber,
    /** Reported, withheld, not applicable or not reported (VALUE_STATUSES). */
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

/** One pay quarter: the share of each group compared in it. */
const quarter = z
  .object({
    /** The reference group's share of the quarter, in percent. */
    reference: measured,
    /** The comparison group's share of the quarter, in percent. */
    comparison: measured,
  })
  .nullish()
  .transform((v) => v ?? { reference: notReported(), comparison: notReported() })

/** One organisation's pay gap for one characteristic, pair of groups and reporting year. */
export const payGapReportSchema = z.object({
  /** The employer. */
  organisation: ref,
  /** Year of the snapshot date: 2022 for the 2022-23 reporting year. */
  year: z.number().int(),
  /** Gender, ethnicity or disability (CHARACTERISTICS). */
  characteristic: oneOf(CHARACTERISTICS),
  /** The ethnicity classification the groups come from, when the characteristic is ethnicity. */
  classification: optionalText,
  /** The group the gap is measured from, e.g. "Men" or "White". */
  referenceGroup: z.string(),
  /** The group compared with it. */
  comparisonGroup: z.string(),
  /** Staff counted, when published. */
  headcount: optionalNumber,
  /** The employer's size band as its publisher states it, e.g. "250 to 499". */
  employerSize: optionalText,
  /** Mean hourly pay gap, in percent. */
  meanHourlyGap: measured,
  /** Median hourly pay gap, in percent. */
  medianHourlyGap: measured,
  /** Mean bonus gap, in percent. */
  meanBonusGap: measured,
  /** Median bonus gap, in percent. */
  medianBonusGap: measured,
  /** Share of the reference group given a bonus, in percent. */
  referenceBonusShare: measured,
  /** Share of the comparison group given a bonus, in percent. */
  comparisonBonusShare: measured,
  /** Pay quarters, lowest paid first: the lower quarter. */
  q1: quarter,
  /** The lower middle quarter. */
  q2: quarter,
  /** The upper middle quarter. */
  q3: quarter,
  /** The upper (best paid) quarter. */
  q4: quarter,
  /** The employer's written statement, if linked. */
  narrativeUrl: optionalText,
  /** The employer's action plan, if linked. */
  actionPlanUrl: optionalText,
  /** Who signed off the figures. */
  responsiblePerson: optionalText,
  /** When the employer submitted the report. */
  dateSubmitted: optionalDate,
  /** Whether the report came after its deadline. */
  submittedLate: flag,
  /** The comparison the publisher leads with (the GLA's tables list one first); false where the publisher names none. */
  publisherHeadline: flag,
  /** Data-quality checks the record fails; published with it. */
  flags: listOf(
    z.object({
      /** A stable code for the check. */
      code: z.string(),
      /** What the check found, for people. */
      message: z.string(),
    }),
  ),
  /** Where the record came from; entered in the CMS unless an importer says otherwise. */
  provenance: z
    .object({
      /** The importer's source, from DATA_SOURCES. */
      source: oneOf(DATA_SOURCES).nullish(),
      /** The file imported, when there was one. */
      sourceFile: z.string().nullish(),
    })
    .nullish()
    .transform((v) => ({ source: v?.source ?? 'manual', sourceFile: v?.sourceFile ?? undefined })),
  updatedAt,
})
