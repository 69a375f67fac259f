/**
 * Finding an organisation by what a person types, in one place for every box
 * that does it (the employer search, the pay gap explorer's name filter, the
 * organisations directory). Pure, so the browser scripts, the build and the
 * tests share it.
 *
 * Each word typed must start a word of the name, in order ("trans lon" finds
 * Transport for London; "port" does not, since it is inside "Transport"), or
 * the whole query is one of the name's abbreviations: one known to be in use
 * ("TfL"), one its publisher gave in brackets ("Greater London Authority
 * (GLA)") or wrote in capitals ("Barts Health NHS Trust"), or the initials of
 * its words, with or without the small words ("London Borough of Camden": LBOC
 * or LBC). A trailing legal form is not part of what people abbreviate: "TBG
 * Flex Limited" is not "TfL".
 */

/** Short names Londoners use, in common use only: initials made up by the portal would mislead. */
const KNOWN_ABBREVIATIONS: Record<string, string[]> = {
  'transport for london': ['TfL'],
  'greater london authority': ['GLA'],
  'london fire brigade': ['LFB'],
  'metropolitan police service': ['Met', 'MPS'],
  "mayor's office for policing and crime": ['MOPAC'],
  'mayor’s office for policing and crime': ['MOPAC'],
  'old oak and park royal development corporation': ['OPDC'],
  'london legacy development corporation': ['LLDC'],
  'nhs england': ['NHS'],
  'national health service': ['NHS'],
  'london councils': ['LC'],
  'london school of economics and political science': ['LSE'],
  'university college london': ['UCL'],
}

export function knownAbbreviations(name: string): string[] {
  return KNOWN_ABBREVIATIONS[name.trim().toLocaleLowerCase('en-GB')] ?? []
}

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', 'to'])
const LEGAL_FORMS = new Set(['limited', 'ltd', 'plc', 'llp', 'lp', 'cic', 'inc', 'co', 'company', 'uk', 'group', 'holdings'])
const IN_BRACKETS = /\(([^)]*)\)/g

/** Lower case, accents off, "&" as "and", apostrophes dropped, and only letters and digits between words. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** The words before a trailing legal form: "TBG Flex Limited" -> tbg, flex. */
function withoutLegalForm(words: string[]): string[] {
  const kept = [...words]
  while (kept.length > 1 && LEGAL_FORMS.has(kept[kept.length - 1])) kept.pop()
  return kept
}

const initials = (words: string[]) => words.map((w) => w[0]).join('')

/** Every abbreviation a name answers to, lower case, two letters or more. */
export function abbreviationsOf(name: string): string[] {
  const found = new Set<string>()
  for (const [, inBrackets] of name.matchAll(IN_BRACKETS)) found.add(wordsOf(inBrackets).join(''))
  for (const written of name.replace(IN_BRACKETS, ' ').match(/\b[A-Z][A-Za-z]*[A-Z]\b/g) ?? []) found.add(wordsOf(written).join(''))
  const words = withoutLegalForm(wordsOf(name.replace(IN_BRACKETS, ' ')))
  if (words.length > 1) {
    found.add(initials(words))
    found.add(initials(words.filter((w) => !SMALL_WORDS.has(w))))
  }
  return [...found].filter((a) => a.length >= 2)
}

/**
 * How well a name answers a query: 3, an abbreviation known to be in use; 2,
 * one of the name's own abbreviations; 1, every word typed starts a word of the
 * name, in order (or nothing was typed); 0, no match.
 */
export function nameMatchRank(name: string, query: string, known: readonly string[] = []): 0 | 1 | 2 | 3 {
  return rankOf(wordsOf(name), abbreviationsOf(name), known, wordsOf(query))
}

function rankOf(words: string[], abbreviations: readonly string[], known: readonly string[], typed: string[]): 0 | 1 | 2 | 3 {
  if (typed.length === 0) return 1
  const compact = typed.join('')
  if (known.some((k) => wordsOf(k).join('') === compact)) return 3
  if (abbreviations.includes(compact)) return 2
  let from = 0
  for (const part of typed) {
    const at = words.findIndex((w, i) => i >= from && w.startsWith(part))
    if (at === -1) return 0
    from = at + 1
  }
  return 1
}

export interface Named {
  name: string
}

interface Keyed<N extends Named> {
  item: N
  words: string[]
  abbreviations: string[]
  known: string[]
}

/** A list prepared once for many queries (the combobox matches on every key press). */
export function keyNames<N extends Named>(items: readonly N[]): Array<Keyed<N>> {
  return items.map((item) => ({
    item,
    words: wordsOf(item.name),
    abbreviations: abbreviationsOf(item.name),
    known: knownAbbreviations(item.name),
  }))
}

/**
 * The items matching `query`, best first: a known abbreviation, then the
 * name's own abbreviations, then names whose first word starts with what was
 * typed, then the rest, each group A to Z. At most `limit`.
 */
export function matchNames<N extends Named>(query: string, keyed: ReadonlyArray<Keyed<N>>, limit = 10): N[] {
  const typed = wordsOf(query)
  if (typed.length === 0) return []
  const ranked: Array<{ item: N; order: number }> = []
  for (const k of keyed) {
    const rank = rankOf(k.words, k.abbreviations, k.known, typed)
    if (rank === 0) continue
    ranked.push({ item: k.item, order: rank >= 2 ? 3 - rank : k.words[0]?.startsWith(typed[0]) ? 2 : 3 })
  }
  return ranked
    .sort((a, b) => a.order - b.order || a.item.name.localeCompare(b.item.name, 'en-GB'))
    .slice(0, limit)
    .map((r) => r.item)
}
