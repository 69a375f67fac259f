import { absoluteUrl, urls } from '../urls'
import { LICENCE, PUBLISHER, SPATIAL_COVERAGE } from './licence'
import { CATALOGUE_TITLE, XLSX_MEDIA_TYPE, datasetUri, releaseFacts } from './metadata'
import type { DatasetSummary } from './summaries'
import type { DatasetRelease, DatasetSpec } from './types'

/**
 * The whole catalogue as DCAT-AP 3.0.1 in JSON-LD, valid against the profile's
 * SHACL shapes (test/unit/dcatShapes.test.ts runs them). Every value the profile
 * gives a class (a format, licence, media type, page, language, theme) is a
 * node typed with that class, and terms from the EU vocabularies say which
 * scheme they belong to, as the vocabularies themselves do; without that a
 * validator that has not loaded the vocabularies counts them as violations.
 */
const EU = 'http://publications.europa.eu/resource/authority'

/** A concept of an EU controlled vocabulary, typed as DCAT-AP's range for the property it is used with. */
const en = (text: string) => ({ '@value': text, '@language': 'en' })
const euConcept = (scheme: string, code: string, type: string) => ({
  '@id': `${EU}/${scheme}/${code}`,
  '@type': [...new Set([type, 'skos:Concept'])],
  'skos:prefLabel': en(LABELS[code] ?? code),
  'skos:inScheme': { '@id': `${EU}/${scheme}` },
})
/** The English labels the EU vocabularies give the concepts used here. */
const LABELS: Record<string, string> = {
  ENG: 'English',
  STABLE: 'Stable',
  PUBLIC: 'Public',
  CONT: 'Continuous',
  ANNUAL: 'Annual',
  IRREG: 'Irregular',
  SOCI: 'Population and society',
  GOVE: 'Government and public sector',
  ECON: 'Economy and finance',
}

const english = euConcept('language', 'ENG', 'dct:LinguisticSystem')
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' })
/** A year or a date as published, typed as what it is. */
const temporalLiteral = (text: string) => ({
  '@value': text,
  '@type': /^\d{4}$/.test(text) ? 'xsd:gYear' : /^\d{4}-\d{2}$/.test(text) ? 'xsd:gYearMonth' : 'xsd:date',
})
const periodOfTime = (period: { start: string; end: string }) => ({
  '@type': 'dct:PeriodOfTime',
  'dcat:startDate': temporalLiteral(period.start),
  'dcat:endDate': temporalLiteral(period.end),
})
const document = (url: string) => ({ '@id': url, '@type': 'foaf:Document' })
/** Every licence the portal's data comes under (OGL, Creative Commons BY and BY-SA, CC0 aside) asks for attribution. */
const licenceNode = (path: string, title?: string) => ({
  '@id': path,
  '@type': 'dct:LicenseDocument',
  ...(title ? { 'rdfs:label': en(title) } : {}),
  ...(/publicdomain\/zero/.test(path)
    ? {}
    : {
        'dct:type': {
          '@id': 'http://purl.org/adms/licencetype/Attribution',
          '@type': 'skos:Concept',
          'skos:prefLabel': en('Attribution'),
          'skos:inScheme': { '@id': 'http://purl.org/adms/licencetype/1.0' },
        },
      }),
})

const FORMATS = {
  csv: { label: 'CSV', fileType: 'CSV', mediaType: 'text/csv' },
  json: { label: 'JSON', fileType: 'JSON', mediaType: 'application/json' },
  xlsx: { label: 'Excel workbook', fileType: 'XLSX', mediaType: XLSX_MEDIA_TYPE },
} as const

const distributionDescriptions = {
  csv: 'Comma-separated values, UTF-8 without a byte-order mark, RFC 4180; described column by column by the Frictionless Data Package.',
  json: 'The rows as JSON objects, with the licence and attribution alongside.',
  xlsx: 'The same rows as an Excel workbook, for spreadsheet users: text stays text (leading zeros kept), numbers stay numbers.',
} as const

function publisher(site: URL | undefined) {
  return { '@id': absoluteUrl(`${urls.aboutTheData()}#publisher`, site), '@type': 'foaf:Agent', 'foaf:name': PUBLISHER.name }
}

function contactPoint(site: URL | undefined, email: string | undefined) {
  return {
    '@id': absoluteUrl(`${urls.aboutTheData()}#contact`, site),
    '@type': ['vcard:Kind', 'vcard:Organization'],
    'vcard:fn': PUBLISHER.name,
    'vcard:hasURL': { '@id': absoluteUrl(`${urls.aboutTheData()}#contact`, site) },
    ...(email ? { 'vcard:hasEmail': { '@id': `mailto:${email}` } } : {}),
  }
}

type Format = keyof typeof FORMATS

function distribution(
  spec: DatasetSpec,
  format: Format,
  downloadPath: string,
  site: URL | undefined,
  licence: ReturnType<typeof licenceNode> | undefined,
  idSuffix = '',
) {
  const f = FORMATS[format]
  return {
    '@id': absoluteUrl(`${urls.dataset(spec.slug)}#${format}${idSuffix}`, site),
    '@type': 'dcat:Distribution',
    'dct:title': en(`${spec.title} (${f.label})`),
    'dct:description': en(distributionDescriptions[format]),
    'dcat:accessURL': { '@id': absoluteUrl(urls.dataset(spec.slug), site) },
    'dcat:downloadURL': { '@id': absoluteUrl(downloadPath, site) },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${f.mediaType}`, '@type': 'dct:MediaType' },
    'dct:format': euConcept('file-type', f.fileType, 'dct:MediaTypeOrExtent'),
    'dcatap:availability': euConcept('planned-availability', 'STABLE', 'skos:Concept'),
    ...(licence ? { 'dct:license': licence } : {}),
    ...(format === 'csv' ? { 'dct:conformsTo': { '@id': absoluteUrl(urls.datapackage(spec.slug), site), '@type': 'dct:Standard' } } : {}),
  }
}

export interface CatalogueEntry {
  spec: DatasetSpec
  summary: DatasetSummary
  releases: readonly DatasetRelease[]
}

function datasetNode(entry: CatalogueEntry, site: URL | undefined, contactEmail: string | undefined) {
  const { spec, summary, releases } = entry
  const { rights, temporal } = summary
  const { current, first, all } = releaseFacts(releases)
  const modified = current?.releasedAt ?? summary.lastModified
  // The portal's own licence, or the first of a republished dataset's; none when its publishers stated none.
  const licence = rights.licences[0] ? licenceNode(rights.licences[0].path, rights.licences[0].title) : undefined
  const common = {
    'dcat:keyword': spec.keywords.map(en),
    ...(temporal ? { 'dct:temporal': periodOfTime(temporal) } : {}),
    'dct:publisher': publisher(site),
    'dcat:contactPoint': contactPoint(site, contactEmail),
    'dcat:theme': spec.themes.map((t) => euConcept('data-theme', t, 'skos:Concept')),
    'dct:spatial': { '@id': SPATIAL_COVERAGE.uri, '@type': 'dct:Location', 'skos:prefLabel': en(SPATIAL_COVERAGE.name) },
    'dct:language': english,
  }
  return {
    '@id': datasetUri(spec.slug, site),
    '@type': 'dcat:Dataset',
    'dct:identifier': datasetUri(spec.slug, site),
    'dct:title': en(spec.title),
    'dct:description': en(spec.description),
    ...common,
    'dcat:landingPage': document(absoluteUrl(urls.dataset(spec.slug), site)),
    'dct:accrualPeriodicity': euConcept('frequency', spec.updates.frequency, 'dct:Frequency'),
    'dct:accessRights': euConcept('access-right', 'PUBLIC', 'dct:RightsStatement'),
    'dct:provenance': {
      '@type': 'dct:ProvenanceStatement',
      'rdfs:label': en([...spec.provenance.sources.map((s) => `Source: ${s}`), ...spec.provenance.processing].join(' ')),
    },
    ...(spec.rights
      ? {
          'dct:rights': {
            '@type': 'dct:RightsStatement',
            'rdfs:label': en([rights.attribution, rights.statement].filter(Boolean).join(' ')),
          },
        }
      : {}),
    ...(first ? { 'dct:issued': dateTime(first.releasedAt) } : {}),
    ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
    ...(current ? { 'dcat:version': String(current.number), 'adms:versionNotes': en(current.note) } : {}),
    'dcat:distribution': [
      distribution(spec, 'csv', urls.datasetCsv(spec.slug), site, licence),
      distribution(spec, 'json', urls.datasetJson(spec.slug), site, licence),
      ...(spec.noWorkbook === undefined ? [distribution(spec, 'xlsx', urls.datasetXlsx(spec.slug), site, licence)] : []),
    ],
    // Every release but the current one, which is the dataset itself.
    ...(all.length > 1
      ? {
          'dcat:hasVersion': all.slice(0, -1).map((r) => ({
            '@id': absoluteUrl(urls.datasetRelease(spec.slug, r.number), site),
            '@type': 'dcat:Dataset',
            'dct:title': en(`${spec.title}, release ${r.number}`),
            'dct:description': en(r.note),
            'dcat:version': String(r.number),
            'adms:versionNotes': en(r.note),
            'dct:issued': dateTime(r.releasedAt),
            ...common,
            'dcat:distribution': {
              ...distribution(spec, 'csv', urls.datasetReleaseCsv(spec.slug, r.number), site, licence, `-release-${r.number}`),
              'dct:title': en(`${spec.title}, release ${r.number} (CSV)`),
            },
          })),
        }
      : {}),
  }
}

export function dcatCatalogue(entries: readonly CatalogueEntry[], site: URL | undefined, contactEmail?: string) {
  const issued = entries.flatMap((e) => e.releases.map((r) => r.releasedAt)).sort()
  const modified = entries
    .map((e) => releaseFacts(e.releases).current?.releasedAt ?? e.summary.lastModified)
    .filter((d): d is string => Boolean(d))
    .sort()
  return {
    '@context': {
      adms: 'http://www.w3.org/ns/adms#',
      dcat: 'http://www.w3.org/ns/dcat#',
      dcatap: 'http://data.europa.eu/r5r/',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absoluteUrl(`${urls.catalogue()}#catalogue`, site),
    '@type': 'dcat:Catalog',
    'dct:title': en(CATALOGUE_TITLE),
    'dct:description': en(
      'Open data on London’s Building a Fairer City structural-inequalities action plan: the plan, the organisations taking part and their commitments, pay gaps, workforce profiles, grants and funding equity, with every release and a public log of corrections.',
    ),
    'dct:publisher': publisher(site),
    'dcat:contactPoint': contactPoint(site, contactEmail),
    'dct:license': licenceNode(LICENCE.path, LICENCE.title),
    'dct:language': english,
    'dct:spatial': { '@id': SPATIAL_COVERAGE.uri, '@type': 'dct:Location', 'skos:prefLabel': en(SPATIAL_COVERAGE.name) },
    'dcat:themeTaxonomy': { '@id': `${EU}/data-theme`, '@type': 'skos:ConceptScheme', 'dct:title': en('Data theme') },
    'foaf:homepage': document(absoluteUrl(urls.home(), site)),
    ...(issued[0] ? { 'dct:issued': dateTime(issued[0]) } : {}),
    ...(modified.at(-1) ? { 'dct:modified': dateTime(modified.at(-1)!) } : {}),
    'dcat:dataset': entries.map((e) => datasetNode(e, site, contactEmail)),
  }
}
