import { absoluteUrl, urls } from '../urls'
import { ATTRIBUTION, LICENCE, PUBLISHER, SPATIAL_COVERAGE } from './licence'
import type { DatasetRelease, DatasetSpec, Rights, Row } from './types'

/** The latest `updated_at` among the rows, or undefined: so unchanged data rebuilds byte for byte. */
export function lastModified(rows: readonly Row[]): string | undefined {
  let latest: string | undefined
  for (const row of rows) {
    const value = row.updated_at ?? row.changed_at ?? row.corrected_at
    if (typeof value === 'string' && (!latest || value > latest)) latest = value
  }
  return latest
}

/** Who may reuse a dataset, and whom to credit: the portal's licence, or its rows' publishers' licences. */
export function rightsOf(spec: DatasetSpec, rows: readonly Row[]): Rights {
  return spec.rights?.(rows) ?? { licences: [LICENCE], attribution: ATTRIBUTION, sources: [] }
}

/** A dataset's identifier: its own address, distinct from its page, so catalogues can say things about the dataset and the page apart. */
export const datasetUri = (slug: string, site: URL | undefined) => absoluteUrl(`${urls.dataset(slug)}#dataset`, site)

/** Release facts a page or catalogue states: the current version, first published, last changed. */
export function releaseFacts(releases: readonly DatasetRelease[]) {
  const sorted = [...releases].sort((a, b) => a.number - b.number)
  return { current: sorted.at(-1), first: sorted[0], all: sorted }
}

/** One table of a data package: a dataset's CSV with its Table Schema (Frictionless v2, readable by v1 tools too). */
function tableResource(spec: DatasetSpec, rows: readonly Row[], site: URL | undefined) {
  const rights = rightsOf(spec, rows)
  return {
    name: spec.slug,
    title: spec.title,
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
      // Version 1 of the CSV dialect requires it; the CSV doubles quotes inside quoted fields (RFC 4180).
      doubleQuote: true,
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
    ...(rights.licences.length > 0 ? { licenses: rights.licences } : {}),
  }
}

/**
 * Frictionless Data Package describing one dataset's CSV, with the datasets its
 * foreign keys lead to as further resources (`bundle`, from packageContents),
 * so every key resolves inside the package and it opens on its own.
 */
export function dataPackage(
  bundle: ReadonlyArray<{ spec: DatasetSpec; rows: readonly Row[] }>,
  site: URL | undefined,
  release?: DatasetRelease,
) {
  const [{ spec, rows }] = bundle
  const rights = rightsOf(spec, rows)
  const modified = release?.releasedAt ?? lastModified(rows)
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: spec.slug,
    id: datasetUri(spec.slug, site),
    title: spec.title,
    description: spec.description,
    homepage: absoluteUrl(urls.dataset(spec.slug), site),
    ...(release ? { version: String(release.number) } : {}),
    keywords: spec.keywords,
    ...(rights.licences.length > 0 ? { licenses: rights.licences } : {}),
    // `roles` is version 2's; `role` is what version 1 tools read.
    contributors: [{ title: PUBLISHER.name, roles: ['publisher'], role: 'publisher', path: absoluteUrl(urls.home(), site) }],
    attribution: rights.attribution,
    ...(rights.sources.length > 0 ? { sources: rights.sources } : {}),
    ...(modified ? { created: modified } : {}),
    resources: bundle.map((d) => tableResource(d.spec, d.rows, site)),
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

/** schema.org Dataset markup for a dataset's page (what Google Dataset Search reads). */
export function schemaOrgDataset(spec: DatasetSpec, rows: readonly Row[], site: URL | undefined, releases: readonly DatasetRelease[] = []) {
  const { current, first } = releaseFacts(releases)
  const temporal = spec.temporal?.(rows)
  const modified = current?.releasedAt ?? lastModified(rows)
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': datasetUri(spec.slug, site),
    identifier: datasetUri(spec.slug, site),
    name: spec.title,
    description: spec.description,
    url: absoluteUrl(urls.dataset(spec.slug), site),
    keywords: spec.keywords,
    ...schemaOrgLicence(rightsOf(spec, rows)),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: PUBLISHER.name, url: absoluteUrl(urls.home(), site) },
    publisher: { '@type': 'Organization', name: PUBLISHER.name, url: absoluteUrl(urls.home(), site) },
    ...(current ? { version: String(current.number) } : {}),
    ...(first ? { datePublished: first.releasedAt } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(temporal ? { temporalCoverage: temporal.start === temporal.end ? temporal.start : `${temporal.start}/${temporal.end}` } : {}),
    spatialCoverage: { '@type': 'Place', name: SPATIAL_COVERAGE.name, sameAs: SPATIAL_COVERAGE.uri },
    includedInDataCatalog: { '@type': 'DataCatalog', name: CATALOGUE_TITLE, url: absoluteUrl(urls.catalogue(), site) },
    variableMeasured: spec.fields.map((f) => ({ '@type': 'PropertyValue', name: f.name, description: f.description })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(urls.datasetCsv(spec.slug), site) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(urls.datasetJson(spec.slug), site) },
      ...(spec.noWorkbook === undefined
        ? [{ '@type': 'DataDownload', encodingFormat: XLSX_MEDIA_TYPE, contentUrl: absoluteUrl(urls.datasetXlsx(spec.slug), site) }]
        : []),
    ],
  }
}

export const CATALOGUE_TITLE = 'Building a Fairer City open data'
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
