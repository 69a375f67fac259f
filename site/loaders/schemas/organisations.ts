import { z } from 'astro/zod'
import { BOROUGHS, IN_LONDON, LPB_MEMBERSHIP, SECTORS, SIZE_BANDS } from '../../../domain/vocabulary'
import { citation, flag, listOf, oneOf, optionalDate, optionalText, updatedAt } from './shared'

/** An organisation that has adopted the plan, a funder or a recipient of grants. */
export const organisationSchema = z.object({
  /** The organisation's current name. */
  name: z.string(),
  /** Used in the profile's address; kept across renames. */
  slug: z.string(),
  /** The name as its source publishes it (e.g. the Gender Pay Gap Service's CurrentName), when that differs from how people write it. */
  legalName: optionalText,
  /** Its sector, from the SECTORS vocabulary. */
  sector: oneOf(SECTORS),
  /** The sector in its own words, when `sector` is "other". */
  sectorOther: optionalText,
  /** Register numbers and the 360Giving org-id, where known. */
  identifiers: z
    .object({
      /** Companies House number. */
      companiesHouseNumber: optionalText,
      /** Charity Commission number. */
      charityNumber: optionalText,
      /** Org-id, e.g. GB-CHC-1126147. */
      orgId: optionalText,
      /** The Gender Pay Gap Service's EmployerId. */
      gpgEmployerId: optionalText,
      /** A council's (or the GLA's) code in the local authority register, e.g. CMD. */
      localAuthorityCode: optionalText,
      /** The GSS code of the area a council governs, e.g. E09000007. */
      gssCode: optionalText,
    })
    .nullish()
    .transform(
      (v) =>
        v ?? {
          companiesHouseNumber: undefined,
          charityNumber: undefined,
          orgId: undefined,
          gpgEmployerId: undefined,
          localAuthorityCode: undefined,
          gssCode: undefined,
        },
    ),
  /** UK SIC 2007 codes it reports, with their division and section. */
  industries: listOf(
    z.object({
      /** Five digits as Companies House writes them, e.g. 84110. */
      code: z.string(),
      name: optionalText,
      division: optionalText,
      divisionName: optionalText,
      section: optionalText,
      sectionName: optionalText,
    }),
  ),
  /** The postcode of its address as its source publishes it (e.g. the Gender Pay Gap Service's PostCode). */
  postcode: optionalText,
  /** Whether its address is in Greater London, from IN_LONDON. */
  inLondon: oneOf(IN_LONDON)
    .nullish()
    .transform((v) => v ?? 'not-known'),
  /** Outside London: the local authority of its address. */
  localAuthority: optionalText,
  /** Addresses of records merged into this one, which redirect here. */
  formerSlugs: listOf(z.object({ slug: z.string(), name: z.string(), mergedOn: z.string() })),
  /** Boroughs it works in, from the BOROUGHS vocabulary. */
  boroughs: listOf(oneOf(BOROUGHS)),
  /** Whether it works across all of London. */
  londonWide: flag,
  /** Its website. */
  website: optionalText,
  /** Its size by staff, from the SIZE_BANDS vocabulary. */
  sizeBand: oneOf(SIZE_BANDS),
  /** Whether it sits on the London Partnership Board, from LPB_MEMBERSHIP. */
  lpbMembership: oneOf(LPB_MEMBERSHIP),
  /** The date the organisation adopted the plan, if known. */
  adoptedPlanOn: optionalDate,
  /** A short description for its profile. */
  description: optionalText,
  /** Names it was known by, with the date each stopped being used when known. */
  formerNames: listOf(
    z.object({
      /** The former name. */
      name: z.string(),
      /** When the organisation stopped using it. */
      until: optionalDate,
    }),
  ),
  /** Statements published sources make about the organisation, with citations. */
  facts: listOf(
    citation.extend({
      /** What the source says. */
      statement: z.string(),
      /** When the source says it. */
      date: optionalDate,
    }),
  ),
  /** Sources for the profile as a whole. */
  sources: listOf(citation),
  updatedAt,
})
