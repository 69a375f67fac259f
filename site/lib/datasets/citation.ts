import { absoluteUrl, urls } from '../urls'
import { PUBLISHER } from './licence'
import type { DatasetRelease, DatasetSpec } from './types'

/** How to cite a dataset: a sentence and a BibTeX entry, naming the release so the citation finds the same rows again. */
export function citation(spec: DatasetSpec, release: DatasetRelease | undefined, site: URL | undefined) {
  const year = (release?.releasedAt ?? new Date().toISOString()).slice(0, 4)
  const url = release ? absoluteUrl(urls.datasetReleaseCsv(spec.slug, release.number), site) : absoluteUrl(urls.dataset(spec.slug), site)
  const page = absoluteUrl(urls.dataset(spec.slug), site)
  const version = release ? ` (release ${release.number}, ${release.releasedAt.slice(0, 10)})` : ''
  const text = `${PUBLISHER.name} (${year}). ${spec.title}${version} [Data set]. Building a Fairer City open-data portal. ${page}`
  const key = `fairercity_${spec.slug.replace(/[^a-z0-9]+/g, '_')}${release ? `_r${release.number}` : ''}`
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{${PUBLISHER.name}}},`,
    `  title        = {{${spec.title}}},`,
    `  year         = {${year}},`,
    ...(release ? [`  version      = {${release.number}},`, `  date         = {${release.releasedAt.slice(0, 10)}},`] : []),
    `  howpublished = {Building a Fairer City open-data portal},`,
    `  url          = {${url}},`,
    `  note         = {Data set. Licence and attribution: ${page}}`,
    '}',
  ].join('\n')
  return { text, bibtex }
}
