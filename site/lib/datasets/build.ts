import { pathsToBuild } from '../buildScope'
import { portalContent } from '../content'
import { foreignKeyProblems, rowProblems, tableSchemaProblems } from './checks'
import { datasetSpecs, referencedDatasets } from './registry'
import { datasetSummary, type DatasetSummary } from './summaries'
import type { DatasetSpec, Row } from './types'

/**
 * Each dataset's rows, computed once per build and shared by its page, files and
 * summary (summaries.ts). A dataset that breaks its own schema (types, primary key,
 * foreign keys into the datasets its package bundles) fails the build, naming
 * the row and column, and the live site stays as it was.
 */
const cache = new Map<string, Promise<Row[]>>()

async function checkedRows(spec: DatasetSpec): Promise<Row[]> {
  const content = await portalContent()
  const rows = spec.rows(content)
  const specs = datasetSpecs(content)
  const referenced = new Map<string, Row[]>()
  for (const fk of spec.foreignKeys ?? []) {
    const target = specs.find((d) => d.slug === fk.reference.resource)
    if (target) referenced.set(target.slug, await datasetRows(target))
  }
  const problems = [
    ...tableSchemaProblems(
      spec,
      specs.map((d) => d.slug),
    ),
    ...rowProblems(spec, rows),
    ...foreignKeyProblems(spec, rows, (slug) => referenced.get(slug) ?? []),
  ]
  if (problems.length > 0) throw new Error(`Dataset "${spec.slug}" does not match its schema:\n  ${problems.join('\n  ')}`)
  return rows
}

export function datasetRows(spec: DatasetSpec): Promise<Row[]> {
  if (!cache.has(spec.slug)) cache.set(spec.slug, checkedRows(spec))
  return cache.get(spec.slug)!
}

/** Every dataset with its summary (summaries.ts): what the data page and the catalogue state of it. */
export async function allDatasetSummaries(): Promise<Array<{ spec: DatasetSpec; summary: DatasetSummary }>> {
  return Promise.all(datasetSpecs(await portalContent()).map(async (spec) => ({ spec, summary: await datasetSummary(spec, datasetRows) })))
}

/** A dataset with the datasets its foreign keys lead to, each with its rows: what its data package holds. */
export async function packageContents(spec: DatasetSpec): Promise<Array<{ spec: DatasetSpec; rows: Row[] }>> {
  const bundled = [spec, ...referencedDatasets(spec, datasetSpecs(await portalContent()))]
  return Promise.all(bundled.map(async (d) => ({ spec: d, rows: await datasetRows(d) })))
}

/**
 * The paths of a route with a file per dataset (`page` under site/pages): those
 * this build renders (lib/buildScope.ts), each dataset judged by what its rows
 * show, or for its data package and page, by what the datasets it bundles show.
 */
export async function datasetPaths(page: string, judgedBy: 'rows' | 'package') {
  const specs = datasetSpecs(await portalContent())
  return pathsToBuild(
    page,
    specs.map((spec) => ({ params: { slug: spec.slug }, props: { spec } })),
    {
      datasets: ({ props: { spec } }) =>
        judgedBy === 'rows' ? [spec.slug] : [spec, ...referencedDatasets(spec, specs)].map((d) => d.slug),
    },
  )
}
