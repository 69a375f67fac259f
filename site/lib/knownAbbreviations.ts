/**
 * Short names Londoners use for organisations on the portal, indexed with the
 * profile so that searching "TfL" finds Transport for London first. Only names
 * in common use: an abbreviation made up from initials would mislead.
 */
const KNOWN: Record<string, string[]> = {
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
  return KNOWN[name.trim().toLocaleLowerCase('en-GB')] ?? []
}
