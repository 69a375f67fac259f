/** One address for each page template of the public site. */
export const PAGE_TEMPLATES: Array<{ name: string; path: string }> = [
  { name: 'home', path: '/' },
  { name: 'plan explorer', path: '/plan/' },
  { name: 'step', path: '/plan/steps/2-4-3/' },
  { name: 'organisations directory', path: '/organisations/' },
  { name: 'organisation profile', path: '/organisations/lambeth-council/' },
  { name: 'organisations in a sector', path: '/organisations/sector/local-government/' },
  { name: 'organisations in a borough', path: '/organisations/borough/lambeth/' },
  { name: 'coverage', path: '/coverage/' },
  { name: 'search', path: '/search/?q=living+wage' },
  { name: 'data catalogue', path: '/data/' },
  { name: 'dataset', path: '/data/commitments/' },
  { name: 'data templates', path: '/data/templates/' },
  { name: 'about the data', path: '/about-the-data/' },
  { name: 'accessibility statement', path: '/accessibility/' },
  { name: 'not found', path: '/no-such-page/' },
  { name: 'good-practice library', path: '/library/' },
  { name: 'library resource', path: '/library/e2e-inclusive-recruitment-toolkit/' },
  { name: 'case studies', path: '/case-studies/' },
  { name: 'case study', path: '/case-studies/nhs-partnership-happy-baby-community-birth-registration/' },
  { name: 'programme tracker', path: '/programme-tracker/' },
  { name: 'programme progress', path: '/progress/' },
  { name: 'publication duties', path: '/progress/publication-duties/' },
  { name: 'programme indicators dataset', path: '/data/programme-indicators/' },
  { name: 'organisation profile with annual returns', path: '/organisations/london-higher/' },
  { name: 'returns dataset', path: '/data/returns/' },
]

/** Level-1 and level-2 pages, with the synthetic series the e2e setup imports (test/e2e/levelsFixtures.ts). */
export const LEVEL_TEMPLATES: Array<{ name: string; path: string }> = [
  { name: 'city-wide indicators', path: '/progress/city-indicators/' },
  { name: 'perception survey', path: '/progress/survey/' },
]

/** Templates that exist only when pay gaps have been imported (shared/data present). */
export const PAY_GAP_TEMPLATES: Array<{ name: string; path: string }> = [
  { name: 'pay gaps', path: '/pay-gaps/' },
  // The same template as /pay-gaps/gender/2022/, on a year with one report: axe takes minutes over a 3,000-row table.
  { name: 'pay gap explorer', path: '/pay-gaps/disability/2022/' },
  { name: 'organisation profile with pay gaps', path: '/organisations/greater-london-authority/' },
  { name: 'pay gaps dataset', path: '/data/pay-gaps-2022/' },
  { name: 'organisation profile with a workforce', path: '/organisations/calderdale-council/' },
  { name: 'compare basket', path: '/pay-gaps/compare/?orgs=greater-london-authority,transport-for-london' },
  { name: 'employer pay gaps', path: '/organisations/greater-london-authority/pay-gaps/' },
  { name: 'pay gap explorer, filtered and sorted from its address', path: '/pay-gaps/disability/2022/?sort=name&order=ascending' },
]

/** Templates that exist only when grants have been imported (shared/data present, for the 360Giving schemas). */
export const FUNDING_TEMPLATES: Array<{ name: string; path: string }> = [
  { name: 'funding equity dashboard', path: '/funding/' },
  { name: 'grants', path: '/funding/grants/' },
  { name: 'grant', path: '/funding/grants/360g-e2e-1/' },
  { name: 'funder profile', path: '/organisations/e2e-test-funder/' },
  { name: 'grants dataset', path: '/data/grants/' },
]
