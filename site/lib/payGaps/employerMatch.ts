/**
 * Finding an employer by what a person types: each word typed must start a
 * word of the name ("trans lon" finds Transport for London; "port" does not,
 * since it is inside "Transport"), or the whole query is the name's
 * abbreviation: the one its publisher gave in brackets ("Greater London
 * Authority (GLA)") or the initials of its words ("TfL"). Pure, so the
 * browser's combobox and the tests share it.
 */
export interface Employer {
  name: string
  slug: string
}

interface Keyed<E extends Employer> {
  employer: E
  words: string[]
  abbreviations: Set<string>
}

const ABBREVIATION_IN_BRACKETS = /\(([A-Za-z&.]{2,})\)/g

/** Lower case, accents off, "&" as "and", and only letters and digits between words. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

function abbreviationsOf(name: string): Set<string> {
  const found = new Set<string>()
  for (const [, inBrackets] of name.matchAll(ABBREVIATION_IN_BRACKETS)) found.add(inBrackets.toLowerCase().replace(/[.&]/g, ''))
  // "TBG Flex Limited" is not "TfL": a legal form is no part of the name people abbreviate.
  const words = withoutLegalForm(wordsOf(name.replace(ABBREVIATION_IN_BRACKETS, ' ')))
  if (words.length > 1) {
    found.add(words.map((w) => w[0]).join(''))
    // "London Borough of Camden" is LBC as often as LBOC: small words are often left out.
    const significant = words.filter((w) => !SMALL_WORDS.has(w))
    if (significant.length > 1) found.add(significant.map((w) => w[0]).join(''))
  }
  return found
}

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', 'to'])
const LEGAL_FORMS = new Set(['limited', 'ltd', 'plc', 'llp', 'lp', 'cic', 'inc', 'co', 'company', 'uk', 'group'])

/** The words before a trailing legal form: "TBG Flex Limited" -> tbg, flex. */
function withoutLegalForm(words: string[]): string[] {
  const kept = [...words]
  while (kept.length > 1 && LEGAL_FORMS.has(kept[kept.length - 1])) kept.pop()
  return kept
}

export function keyEmployers<E extends Employer>(employers: readonly E[]): Array<Keyed<E>> {
  return employers.map((employer) => ({ employer, words: wordsOf(employer.name), abbreviations: abbreviationsOf(employer.name) }))
}

/**
 * The employers matching `query`, best first: an abbreviation typed whole,
 * then names that start with what was typed, then the rest, each group
 * A to Z. At most `limit`.
 */
export function matchEmployers<E extends Employer>(query: string, keyed: ReadonlyArray<Keyed<E>>, limit = 10): E[] {
  const typed = wordsOf(query)
  if (typed.length === 0) return []
  const compact = typed.join('')
  const ranked: Array<{ employer: E; rank: number }> = []
  for (const k of keyed) {
    if (typed.length === 1 && k.abbreviations.has(compact)) ranked.push({ employer: k.employer, rank: 0 })
    else if (typed.every((t) => k.words.some((w) => w.startsWith(t))))
      ranked.push({ employer: k.employer, rank: k.words[0].startsWith(typed[0]) ? 1 : 2 })
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.employer.name.localeCompare(b.employer.name, 'en-GB'))
    .slice(0, limit)
    .map((r) => r.employer)
}
