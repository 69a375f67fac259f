/** Records the e2e setup adds to the portal, by the names the tests look for. */
export const FIXTURE_RESOURCE = { slug: 'e2e-inclusive-recruitment-toolkit', title: 'E2E inclusive recruitment toolkit' }

/** The organisation whose profile shows the e2e annual returns (returnsFixture.ts). */
export const FIXTURE_RETURNS_ORGANISATION = 'london-higher'

/** The organisation whose reporter walks through this year's return in the admin; last year's return is published (returnsFixture.ts). */
export const FIXTURE_JOURNEY_ORGANISATION = 'lewisham-council'
