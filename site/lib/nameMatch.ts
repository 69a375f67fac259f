/**
 * Finding an organisation by what people type: the start of any word of its
 * name ("trans" finds Transport for London) or its abbreviation ("TfL", "GLA",
 * "NHS"), never letters inside a word ("TfL" must not find NETFLIX). An
 * abbreviation is the initials of the name's words, with or without the small
 * words ("Transport for London": tfl or tl), plus any written in capitals in
 * the name itself ("Barts Health NHS Trust": nhs).
 */
const SMALL_WORDS = new Set(['and', 'for', 'of', 'the', 'in', 'on', 'at', 'to', '&'])
// Legal forms are not part of what people abbreviate: "TBG FLEX LIMITED" is not "TfL".
const LEGAL_FORMS = new Set(['limited', 'ltd', 'plc', 'llp', 'lp', 'cic', 'inc', 'uk', 'group', 'holdings', 'company', 'co'])

const fold = (text: string) =>
  text
    .toLocaleLowerCase('en-GB')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')

export const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

export function abbreviationsOf(name: string): string[] {
  const words = wordsOf(name.replace(/\([^)]*\)/g, ' ')).filter((w) => !LEGAL_FORMS.has(w))
  const all = words.map((w) => w[0]).join('')
  const significant = words
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('')
  const written = (name.match(/\b[A-Z][A-Za-z]*[A-Z]\b/g) ?? []).map(fold)
  return [...new Set([all, significant, ...written].filter((a) => a.length >= 2))]
}

/**
 * 3: the query is an abbreviation known to be in use (knownAbbreviations.ts);
 * 2: it is the name's initials; 1: every word of the query starts a word of
 * the name, in order; 0: no match.
 */
export function nameMatchRank(name: string, query: string, known: readonly string[] = []): 0 | 1 | 2 | 3 {
  const q = wordsOf(query)
  if (q.length === 0) return 1
  if (q.length === 1 && known.some((k) => fold(k) === q[0])) return 3
  if (q.length === 1 && abbreviationsOf(name).includes(q[0])) return 2
  const words = wordsOf(name)
  let from = 0
  for (const part of q) {
    const at = words.findIndex((w, i) => i >= from && w.startsWith(part))
    if (at === -1) return 0
    from = at + 1
  }
  return 1
}
