/**
 * An organisation's name as people write it, from the name a register
 * publishes. The Gender Pay Gap Service copies Companies House, which shouts
 * ("AMWINS GLOBAL RISKS GROUP LIMITED"): such names become title case
 * ("Amwins Global Risks Group Limited"), keeping acronyms and legal forms as
 * they are written (NHS, UK, PLC, LLP, E&P) and small words lower case. A name
 * that already mixes cases ("Ofcom", "London Borough of Camden") is left as
 * published. The published name itself is kept as the record's legal name.
 */
const ACRONYMS = new Set([
  'NHS',
  'UK',
  'GB',
  'PLC',
  'LLP',
  'LLC',
  'LP',
  'CIC',
  'EU',
  'EMEA',
  'USA',
  'US',
  'BBC',
  'ITV',
  'GLA',
  'TFL',
  'HSBC',
  'KPMG',
  'BNP',
  'PWC',
  'IBM',
  'HR',
  'IT',
  'PR',
  'UCL',
  'LSE',
  'SOAS',
  'RBS',
  'NV',
  'BV',
  'AG',
  'SA',
  'SE',
  'SAS',
  'SARL',
  'GMBH',
  'AB',
  'ASA',
  'CBRE',
  'JLL',
  'DWF',
  'WPP',
  'ICAP',
  'BGC',
  'AIG',
  'BT',
  'EE',
  'O2',
  'DHL',
  'UPS',
  'TV',
  'FM',
  'II',
  'III',
  'IV',
  'JP',
])
const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'de',
  'du',
  'la',
  'le',
  'van',
  'von',
  'upon',
  'a',
  'an',
])
/** Words of capitals without a vowel read as initials (HSBC, KPMG, BNP), not as words. */
const NO_VOWEL = /^[B-DF-HJ-NP-TV-Z]{2,}$/

function titleWord(word: string, first: boolean): string {
  const bare = word.replace(/[^A-Z0-9&]/g, '')
  if (bare === '') return word
  if (
    ACRONYMS.has(bare) ||
    (NO_VOWEL.test(bare) && !word.includes('.')) ||
    word.includes('&') ||
    /\d/.test(word) ||
    /^([A-Z]\.)+[A-Z]?\.?$/.test(word)
  )
    return word
  const lower = word.toLowerCase()
  if (!first && SMALL_WORDS.has(lower)) return lower
  // Capitalise after an opening bracket, hyphen or apostrophe-led start: "(uk)" is handled above, "st-john" -> "St-John".
  return lower.replace(/(^|[-(/"])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
}

export function displayName(published: string): string {
  const name = published.trim().replace(/\s+/g, ' ')
  if (/[a-z]/.test(name)) return name
  return name
    .split(' ')
    .map((word, i) => titleWord(word, i === 0))
    .join(' ')
}
