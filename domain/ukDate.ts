/**
 * Dates as people in the UK type them: day, month, year (01/11/2026 is 1
 * November). JavaScript's Date reads "01/11/2026" as 11 January, so a date
 * typed that way is read here before anything else sees it (issue 14: dates
 * typed as 01/11/2026 were stored as 11 January 2026).
 */
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** An ISO date-time at midnight UTC for a dd/mm/yyyy date; undefined when the text is not in that form or the day does not exist. */
export function parseUkDate(text: string): string | undefined {
  const match = UK_DATE.exec(text.trim())
  if (!match) return undefined
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString()
}

/** Whether the text looks like a day-first date, valid or not (so an impossible one can be refused by name). */
export const looksLikeUkDate = (text: string) => UK_DATE.test(text.trim())
