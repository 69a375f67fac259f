import { absoluteUrl, urls } from '../urls'
import { ATTRIBUTION, LICENCE, PUBLISHER } from './licence'
import type { DatasetSpec, Rights, Row } from './types'

/** The latest `updated_at` among the rows, or undefined: so unchanged data rebuilds byte for byte. */
export function lastModified(rows: readonly Row[]): string | undefined {
  let latest: string | undefined
  for (const row of rows) {
    const value = row.updated_at ?? row.changed_at
    if (typeof value === 'string' && (!latest || value > latest)) latest = value
  }
  return latest
}

/** Who may reuse a dataset, and whom to credit: the portal's licence, or its rows' publishers' licences. */
export function rightsOf(spec: DatasetSpec, rows: readonly Row[]): Rights {
  return spec.rights?.(rows) ?? { licences: [LICENCE], attribution: ATTRIBUTION, sources: [] }
}

/** Frictionless Data Package (v2) describing one dataset's CSV. */
export function dataPackage(spec: DatasetSpec, rows: readonly Row[], site: URL | undefined) {
  const rights = rightsOf(spec, rows)
  const licenses = rights.licences.length > 0 ? { licenses: rights.licences } : {}
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: spec.slug,
    title: spec.title,
    description: spec.description,
    homepage: absoluteUrl(urls.dataset(spec.slug), site),
    keywords: spec.keywords,
    ...licenses,
    contributors: [{ title: PUBLISHER.name, roles: ['publisher'] }],
    attribution: rights.attribution,
    ...(rights.sources.length > 0 ? { sources: rights.sources } : {}),
    ...(lastModified(rows) ? { created: lastModified(rows) } : {}),
    resources: [
      {
        name: spec.slug,
        type: 'table',
        path: absoluteUrl(urls.datasetCsv(spec.slug), site),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          header: true,
        },
        schema: {
          $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
          fields: spec.fields.map((f) => ({
            name: f.name,
            type: f.type,
            title: f.title,
            description: f.description,
            ...(f.required || f.enum
              ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: [...f.enum] } : {}) } }
              : {}),
          })),
          primaryKey: spec.primaryKey,
          ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}),
          missingValues: [''],
        },
        ...licenses,
      },
    ],
  }
}

/** The JSON download: the rows as objects, with the licence alongside. */
export function jsonDownload(spec: DatasetSpec, rows: readonly Row[], site: URL | undefined) {
  const rights = rightsOf(spec, rows)
  return {
    dataset: spec.slug,
    title: spec.title,
    licences: rights.licences,
    attribution: rights.attribution,
    documentation: absoluteUrl(urls.datapackage(spec.slug), site),
    modified: lastModified(rows) ?? null,
    count: rows.length,
    rows,
  }
}

/** schema.org's license: one address, or a list when grants come under several. */
const schemaOrgLicence = (rights: Rights) =>
  rights.licences.length === 0
    ? {}
    : { license: rights.licences.length === 1 ? rights.licences[0].path : rights.licences.map((l) => l.path) }

/** schema.org Dataset markup for a dataset's page. */
export function schemaOrgDataset(spec: DatasetSpec, rows: readonly Row[], site: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: spec.title,
    description: spec.description,
    url: absoluteUrl(urls.dataset(spec.slug), site),
    keywords: spec.keywords,
    ...schemaOrgLicence(rightsOf(spec, rows)),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: PUBLISHER.name },
    ...(lastModified(rows) ? { dateModified: lastModified(rows) } : {}),
    variableMeasured: spec.fields.map((f) => ({ '@type': 'PropertyValue', name: f.name, description: f.description })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(urls.datasetCsv(spec.slug), site) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(urls.datasetJson(spec.slug), site) },
    ],
  }
}

/** The whole catalogue as DCAT (DCAT-AP 3 terms) in JSON-LD. */
export function dcatCatalogue(datasets: ReadonlyArray<{ spec: DatasetSpec; rows: readonly Row[] }>, site: URL | undefined) {
  const licence = { '@id': LICENCE.path }
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': PUBLISHER.name }
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absoluteUrl(urls.catalogue(), site),
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': 'Building a Fairer City open data', '@language': 'en' },
    'dct:description': {
      '@value':
        'Open data on London’s Building a Fairer City structural-inequalities action plan: the plan, the organisations taking part and their commitments.',
      '@language': 'en',
    },
    'dct:publisher': publisher,
    'dct:license': licence,
    'foaf:homepage': { '@id': absoluteUrl(urls.home(), site) },
    'dcat:dataset': datasets.map(({ spec, rows }) => {
      const modified = lastModified(rows)
      const rights = rightsOf(spec, rows)
      // The portal's own licence, or the first of a republished dataset's; none when its publishers stated none.
      const datasetLicence = rights.licences[0] ? { '@id': rights.licences[0].path } : undefined
      return {
        '@id': absoluteUrl(urls.dataset(spec.slug), site),
        '@type': 'dcat:Dataset',
        'dct:identifier': spec.slug,
        'dct:title': { '@value': spec.title, '@language': 'en' },
        'dct:description': { '@value': spec.description, '@language': 'en' },
        'dcat:keyword': spec.keywords.map((k) => ({ '@value': k, '@language': 'en' })),
        'dct:publisher': publisher,
        'dcat:landingPage': { '@id': absoluteUrl(urls.dataset(spec.slug), site) },
        ...(spec.rights ? { 'dct:rights': { '@value': rights.attribution, '@language': 'en' } } : {}),
        ...(modified ? { 'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' } } : {}),
        'dcat:distribution': [
          ['text/csv', urls.datasetCsv(spec.slug), 'CSV'],
          ['application/json', urls.datasetJson(spec.slug), 'JSON'],
        ].map(([mediaType, path, format]) => ({
          '@type': 'dcat:Distribution',
          'dct:title': { '@value': `${spec.title} (${format})`, '@language': 'en' },
          'dcat:accessURL': { '@id': absoluteUrl(urls.dataset(spec.slug), site) },
          'dcat:downloadURL': { '@id': absoluteUrl(path, site) },
          'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${mediaType}` },
          'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
          ...(datasetLicence ? { 'dct:license': datasetLicence } : {}),
          'dct:conformsTo': { '@id': absoluteUrl(urls.datapackage(spec.slug), site) },
        })),
      }
    }),
  }
}
