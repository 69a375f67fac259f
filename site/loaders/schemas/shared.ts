import { z } from 'astro/zod'
import { SOURCE_DOCUMENTS, valuesOf, type Term } from '../../../domain/vocabulary'

/**
 * Pieces every feature's schema uses. What the site may rely on in each
 * published record is what these schemas name: anything else Payload returns is
 * dropped, so a field added in the CMS reaches the site only when it is added
 * to its feature's schema, with its description.
 */

/** A closed vocabulary: exactly the values the CMS offers for the field (domain/vocabulary.ts). */
export const oneOf = <const T extends readonly Term[]>(terms: T) => z.enum(valuesOf(terms))

/** A field Payload may leave out or send as null; the site reads it as undefined. */
export const optional = <S extends z.ZodType>(schema: S) => schema.nullish().transform((v): z.output<S> | undefined => v ?? undefined)

/** A list Payload may leave out or send as null; the site reads it as empty. */
export const listOf = <S extends z.ZodType>(item: S) =>
  z
    .array(item)
    .nullish()
    .transform((v): z.output<S>[] => v ?? [])

/** A number Payload may leave out; the site reads it as null ("not given", never 0). */
export const optionalNumber = z
  .number()
  .nullish()
  .transform((v) => v ?? null)

/** A yes/no field; left out reads as no. */
export const flag = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false)

/** A relationship as an ID; IDs are numbers on SQLite and strings on MongoDB, so the site uses strings. */
export const ref = z.union([z.string(), z.number()]).transform(String)

/** Several relationships, as IDs. */
export const refs = listOf(ref)

export const optionalText = optional(z.string())

/** An ISO date or date-time, when given. */
export const optionalDate = optional(z.string())

export const strings = listOf(z.string())

/** Where a statement comes from. */
export const citation = z.object({
  /** Which source document, from the SOURCE_DOCUMENTS vocabulary. */
  document: oneOf(SOURCE_DOCUMENTS),
  /** Section, table or page within it. */
  section: optionalText,
  /** Where the source can be read, if online. */
  url: optionalText,
})

/** When the CMS last changed the record (ISO date-time). */
export const updatedAt = z.string()
