import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { SkippedRecord } from './validateRecords'

/**
 * The list of published records a build left out (loaders/validateRecords.ts).
 * The build's read of the content (lib/readContent.ts) writes it beside the
 * build's output folder, which Astro empties as it starts; scripts/build-site.ts then prints it in the build
 * summary and puts it in the built site at SKIPPED_RECORDS_PATH, where the CMS
 * or a curator can read it. No page links to it.
 */

/** Inside the built site, always written (an empty list when nothing was left out). */
export const SKIPPED_RECORDS_PATH = '_build/skipped-records.json'

export interface SkippedRecordsReport {
  skipped: SkippedRecord[]
}

/** Where a build writing to `outDir` lists what it left out. */
export const skippedRecordsFileFor = (outDir: string) => `${resolve(outDir)}.skipped-records.json`

const skippedByContent = new Map<string, SkippedRecord[]>()

/** Records one content collection's skipped records and rewrites the list (collections load in parallel, in any order). */
export function recordSkipped(content: string, skipped: SkippedRecord[], file: string): void {
  skippedByContent.set(content, skipped)
  const all = [...skippedByContent.values()]
    .flat()
    .sort((a, b) => a.content.localeCompare(b.content) || a.id.localeCompare(b.id, 'en', { numeric: true }))
  writeSkippedRecords(file, all)
}

export function writeSkippedRecords(file: string, skipped: SkippedRecord[]): void {
  const report: SkippedRecordsReport = { skipped }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
}

/** What the build left out; nothing when it wrote no list. */
export function readSkippedRecords(file: string): SkippedRecord[] {
  if (!existsSync(file)) return []
  // Written by recordSkipped in the same build, so it has this shape.
  return (JSON.parse(readFileSync(file, 'utf8')) as SkippedRecordsReport).skipped
}
