/**
 * Pay gap groups as people, in the words the Race Disparity Unit uses:
 * "Men", "Women", "White employees", "Disabled employees". Ethnic groups are
 * names and keep their capitals everywhere ("for every £1 White employees
 * earn"); men, women and disabled employees are common nouns, so inside a
 * sentence they start with a small letter ("for every £1 men earn").
 */
const SEXES = new Set(['men', 'women'])

/** The group as people, at the start of a sentence or heading: "Women", "White employees", "Disabled employees". */
export function groupAsPeople(group: string): string {
  const name = group.trim()
  return SEXES.has(name.toLowerCase()) ? capitalise(name) : `${capitalise(name)} employees`
}

/** The group as people, inside a sentence: "women", "White employees", "disabled employees". */
export function groupInSentence(group: string, characteristic: string): string {
  const people = groupAsPeople(group)
  return characteristic === 'ethnicity' ? people : lowerFirst(people)
}

/** "Women’s", "White employees’": the possessive, for labels such as "Women’s share of the lower quarter". */
export function possessive(people: string): string {
  return people.endsWith('s') ? `${people}’` : `${people}’s`
}

/** "Women compared with men", "Black employees compared with White employees". */
export function groupsCompared(reference: string, comparison: string, characteristic: string): string {
  return `${groupAsPeople(comparison)} compared with ${groupInSentence(reference, characteristic)}`
}

/**
 * The plain-language reading of a pay gap: "for every £1 men earn, women earn
 * 88p". A negative gap means the comparison group earns more than £1.
 */
export function perPound(gapPercent: number, reference: string, comparison: string, characteristic: string): string {
  const pence = Math.round(100 - gapPercent)
  const amount = pence === 100 ? '£1' : pence > 100 ? `£${(pence / 100).toFixed(2)}` : `${pence}p`
  return `for every £1 ${groupInSentence(reference, characteristic)} earn, ${groupInSentence(comparison, characteristic)} earn ${amount}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// Only the first letter: "BAME employees" and "Not disabled" keep the rest as written.
function lowerFirst(text: string): string {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}
