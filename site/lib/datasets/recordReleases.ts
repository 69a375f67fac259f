import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Payload } from 'payload'
import { config } from '../../../domain/config'
import { buildScope, datasetShows, touches } from '../buildScope'
import type { PortalContent } from '../content'
import { toCsv } from '../csv'
import { compareReleases, releaseNote } from './releaseNote'
import { datasetSpecs } from './registry'
import type { DatasetSpec } from './types'

/**
 * The release step of the site build: for each dataset, its CSV as it will be
 * published is compared with its newest release; if it differs, the next
 * release is stored through Payload (the `dataset-releases` collection, the
 * CSV as its file) with a note of what changed. Runs before Astro renders, so
 * the pages and catalogue list the release the build publishes.
 */
export interface RecordedRelease {
  dataset: string
  number: number
  note: string
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

export const datasetCsv = (spec: DatasetSpec, content: PortalContent) =>
  toCsv(
    spec.fields.map((f) => f.name),
    spec.rows(content),
  )

function correctionsSince(spec: DatasetSpec, content: PortalContent, since: string | undefined) {
  const records = spec.records?.(content)
  if (!records || since === undefined) return []
  const ids = new Set(records.ids)
  return content.corrections
    .filter((c) => c.collection === records.collection && ids.has(c.recordId) && c.correctedAt > since)
    .sort((a, b) => a.correctedAt.localeCompare(b.correctedAt))
}

export async function recordReleases(payload: Payload, content: PortalContent, now = new Date()): Promise<RecordedRelease[]> {
  const recorded: RecordedRelease[] = []
  // An incremental build's change can alter only the datasets that show it (lib/buildScope.ts); the rest keep their release.
  const scope = buildScope()
  const specs = datasetSpecs(content).filter((spec) => !scope || touches(datasetShows(spec.slug), scope.changed))
  for (const spec of specs) {
    const csv = datasetCsv(spec, content)
    const hash = sha256(csv)
    const { docs } = await payload.find({
      collection: 'dataset-releases',
      where: { dataset: { equals: spec.slug } },
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const latest = docs[0]
    if (latest?.sha256 === hash) continue
    const previousFile = latest?.filename ? resolve(config.releaseUploadDir, latest.filename) : undefined
    const previousCsv = previousFile && existsSync(previousFile) ? readFileSync(previousFile, 'utf8') : undefined
    if (latest && previousCsv === undefined)
      throw new Error(
        `Release ${latest.number} of "${spec.slug}" has no file at ${previousFile}: restore RELEASE_UPLOAD_DIR from the backup taken with the database.`,
      )
    const number = (latest?.number ?? 0) + 1
    const changes = compareReleases(spec, previousCsv, csv)
    const note = releaseNote(number, changes, correctionsSince(spec, content, latest?.releasedAt ?? undefined))
    const data = Buffer.from(csv, 'utf8')
    await payload.create({
      collection: 'dataset-releases',
      data: {
        title: `${spec.title}, release ${number}`,
        dataset: spec.slug,
        number,
        releasedAt: now.toISOString(),
        note,
        rowsAdded: changes.added,
        rowsChanged: changes.changed,
        rowsRemoved: changes.removed,
        rowCount: changes.rowCount,
        sha256: hash,
      },
      file: { data, mimetype: 'text/csv', name: `${spec.slug}-release-${number}.csv`, size: data.length },
      overrideAccess: true,
      context: { disableSiteRebuild: true },
    })
    recorded.push({ dataset: spec.slug, number, note })
  }
  return recorded
}
