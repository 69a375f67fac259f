import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { config } from '../../../domain/config'
import { buildScope, datasetShows, touches } from '../buildScope'
import { processWide } from '../processWide'
import { lastModified, rightsOf } from './metadata'
import type { DatasetSpec, Rights, Row } from './types'

/**
 * What the data page and the catalogue say of a dataset without its rows: how
 * many there are, when one last changed, its rights and its period. Worked
 * out from the rows when this build renders the dataset. An incremental build
 * takes the others' from the live site's list (DATASET_SUMMARIES_PATH, written
 * by every build), since a dataset it does not render has not changed: at
 * 20,000 organisations working out the pay gap tables' rows only to count
 * them was most of an incremental build's dataset time and memory (issue 15).
 */
export interface DatasetSummary {
  rowCount: number
  lastModified?: string
  rights: Rights
  temporal?: { start: string; end: string }
}

/** Inside the built site; no page links to it. */
export const DATASET_SUMMARIES_PATH = '_build/dataset-summaries.json'

export function summariseRows(spec: DatasetSpec, rows: readonly Row[]): DatasetSummary {
  const modified = lastModified(rows)
  const temporal = spec.temporal?.(rows)
  return {
    rowCount: rows.length,
    ...(modified ? { lastModified: modified } : {}),
    rights: rightsOf(spec, rows),
    ...(temporal ? { temporal } : {}),
  }
}

/** The summaries this build stated, for the integration that writes them when the build ends. */
const stated = processWide('dataset-summaries', () => new Map<string, DatasetSummary>())

let live: Record<string, DatasetSummary> | undefined

function fromLiveSite(slug: string): DatasetSummary {
  const file = resolve(config.siteDistDir, 'site', DATASET_SUMMARIES_PATH)
  if (!live) {
    if (!existsSync(file)) throw new Error(`incremental build: the live site has no ${DATASET_SUMMARIES_PATH}; run a full build.`)
    live = JSON.parse(readFileSync(file, 'utf8')) as Record<string, DatasetSummary>
  }
  const summary = Object.hasOwn(live, slug) ? live[slug] : undefined
  if (!summary) throw new Error(`incremental build: the live site's ${DATASET_SUMMARIES_PATH} has no "${slug}"; run a full build.`)
  return summary
}

/** The dataset's summary: from its rows when this build renders it, otherwise the live site's. */
export async function datasetSummary(spec: DatasetSpec, rowsOf: (spec: DatasetSpec) => Promise<readonly Row[]>): Promise<DatasetSummary> {
  const scope = buildScope()
  const summary =
    !scope || touches(datasetShows(spec.slug), scope.changed) ? summariseRows(spec, await rowsOf(spec)) : fromLiveSite(spec.slug)
  stated().set(spec.slug, summary)
  return summary
}

/** Written into the built site at the end of every build (astro.config.mjs). */
export function writeDatasetSummaries(site: string): void {
  const file = resolve(site, DATASET_SUMMARIES_PATH)
  mkdirSync(dirname(file), { recursive: true })
  const sorted = Object.fromEntries([...stated()].sort(([a], [b]) => a.localeCompare(b)))
  writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`)
}
