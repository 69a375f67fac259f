import { portalContent } from '../content'
import { rowProblems, tableSchemaProblems } from './checks'
import { datasetSpecs } from './registry'
import type { DatasetSpec, Row } from './types'

/**
 * Each dataset's rows, computed once per build and shared by its page, files and
 * the catalogue. A dataset that breaks its own schema fails the build, naming the
 * row and column, and the live site stays as it was.
 */
const cache = new Map<string, Promise<Row[]>>()

async function checkedRows(spec: DatasetSpec): Promise<Row[]> {
  const content = await portalContent()
  const rows = spec.rows(content)
  const knownSlugs = datasetSpecs(content).map((d) => d.slug)
  const problems = [...tableSchemaProblems(spec, knownSlugs), ...rowProblems(spec, rows)]
  if (problems.length > 0) throw new Error(`Dataset "${spec.slug}" does not match its schema:\n  ${problems.join('\n  ')}`)
  return rows
}

export function datasetRows(spec: DatasetSpec): Promise<Row[]> {
  if (!cache.has(spec.slug)) cache.set(spec.slug, checkedRows(spec))
  return cache.get(spec.slug)!
}

export async function allDatasets(): Promise<Array<{ spec: DatasetSpec; rows: Row[] }>> {
  return Promise.all(datasetSpecs(await portalContent()).map(async (spec) => ({ spec, rows: await datasetRows(spec) })))
}

export async function datasetPaths() {
  return datasetSpecs(await portalContent()).map((spec) => ({ params: { slug: spec.slug }, props: { spec } }))
}
