/**
 * What a grant is for, as a list title. Many publishers title every grant
 * "A grant to <recipient>" (A B Charitable Trust: 500 of its 783), which says
 * nothing a list's Recipient column does not; then the description's first
 * sentence, or the programme and the kind of grant, says what it is for. The
 * published title stays on the grant's own page.
 */
const GENERIC_TITLE = /^(an? )?grant (to|for) /i
const MAX_LENGTH = 110

export function isGenericTitle(title: string, recipientName: string): boolean {
  const t = title.trim()
  if (!GENERIC_TITLE.test(t)) return false
  const rest = t.replace(GENERIC_TITLE, '').replace(/[.\s]+$/, '')
  return rest.length === 0 || rest.toLowerCase() === recipientName.trim().toLowerCase()
}

/** The first sentence, without parenthetical asides such as "(This grant is renewable - year 1 of 3)". */
export function firstSentence(text: string): string {
  const plain = text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  // A full stop ends a sentence only before a space and a capital or the end: "£30,000.", not "St. Mary" or "1.5".
  const end = plain.search(/[.!?](?=\s+[A-Z]|$)/)
  return (end === -1 ? plain : plain.slice(0, end)).trim()
}

// "A restricted grant of £30,000 towards the X project" -> purpose "the X project", kind "restricted grant".
const AMOUNT_LEAD = /^(an? )?((?:[a-z-]+ )*?)(grant|award|donation|funding)( of [^ ]+)?( (?:over|for) \d+ (?:years?|months?))?/i

function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text
  const cut = text.slice(0, MAX_LENGTH - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length).replace(/[,;:\s]+$/, '')}…`
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function grantListTitle(grant: {
  title: string
  description?: string | null
  programme?: string | null
  recipientName: string
}): string {
  if (!isGenericTitle(grant.title, grant.recipientName)) return grant.title
  const sentence = firstSentence(grant.description ?? '')
  const lead = AMOUNT_LEAD.exec(sentence)
  if (sentence && !lead) return shorten(capitalise(sentence))
  const purpose = lead
    ? sentence
        .slice(lead[0].length)
        .replace(/^\s*(towards|to fund|to support|for|to)\s+/i, '')
        .trim()
    : ''
  if (purpose.length > 3) return shorten(capitalise(purpose))
  const kind = lead ? `${(lead[2] ?? '').trim()} ${lead[3]}`.trim().toLowerCase() : 'grant'
  const programme = grant.programme?.trim()
  return shorten(programme ? `${programme}: ${kind} to ${grant.recipientName}` : grant.title)
}
