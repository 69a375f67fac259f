/** The licence and attribution every dataset on the portal carries. */
export const LICENCE = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const

export const PUBLISHER = {
  name: 'Building a Fairer City programme, London Partnership Board',
  description: "The partnership of London's public bodies, businesses and charities that owns the Building a Fairer City action plan.",
} as const

export const ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Building a Fairer City open-data portal; seed content from the Building a Fairer City Progress Report (Year 1, 2023) and London Councils publications.'

/** Every dataset covers London: Greater London in GeoNames, which DCAT-AP's spatial checks accept. */
export const SPATIAL_COVERAGE = { name: 'Greater London', uri: 'https://sws.geonames.org/2648110/' } as const
