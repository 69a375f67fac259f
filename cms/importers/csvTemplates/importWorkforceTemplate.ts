import { basename } from 'node:path'
import type { Payload } from 'payload'
import type { WorkforceProfile } from '../../payload-types'
import { withTransaction } from '../../seed/withTransaction'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import type { MeasuredValue } from '../../../domain/measured'
import { OrganisationMatcher } from '../organisationMatcher'
import { RecordStore, relationId } from '../recordStore'
import { readTemplateRows } from './readTemplateRows'
import { WORKFORCE_TEMPLATE } from '../../../domain/csvTemplates/workforce'

const SOURCE = 'portal-template'
type WorkforceData = Omit<WorkforceProfile, 'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'title'> & { organisation: number | string }
const MEANINGFUL = ['published', 'grouping', 'level', 'employees', 'linkToInformation', 'counts'] as const
const keyOf = (r: Record<string, unknown>) =>
  `${relationId(r.organisation)}|${r.published}|${String(r.grouping).toLowerCase()}|${r.level ?? ''}|${(r.provenance as { source?: string } | undefined)?.source ?? ''}`

interface Profile {
  firstRow: number
  organisation: string
  data: Omit<WorkforceData, 'organisation'>
  /** Rows by characteristic/category, so a category counted twice is caught. */
  rowFor: Map<string, number>
}

/**
 * Imports workforce profiles in the portal's long-form template (see
 * workforceTemplate.ts): rows of one organisation, date, grouping and level make
 * one profile. A row that repeats a category, or disagrees with the profile's
 * other rows about its employees or link, is rejected. The rest is written in
 * one transaction; importing the same file again changes nothing.
 */
export async function importWorkforceTemplate(payload: Payload, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const profiles = new Map<string, Profile>()

  for await (const { row, line, cells } of readTemplateRows(WORKFORCE_TEMPLATE, path, summary, options.onProgress)) {
    const organisation = cells.organisation as string
    const published = cells.published as string
    const grouping = (cells.grouping as string | null) ?? 'All staff'
    const level = (cells.level as string | null) ?? null
    const key = `${organisation.toLowerCase()}|${published}|${grouping.toLowerCase()}|${level ?? ''}`
    let profile = profiles.get(key)
    if (!profile) {
      profile = {
        firstRow: row,
        organisation,
        data: {
          published,
          grouping,
          level,
          employees: (cells.employees as number | null) ?? null,
          linkToInformation: (cells.link_to_information as string | null) ?? null,
          counts: [],
          provenance: { source: SOURCE, sourceFile: file, sourceRow: row },
        },
        rowFor: new Map(),
      }
      profiles.set(key, profile)
    }
    const disagreement = (
      [
        ['employees', 'employees', cells.employees],
        ['link_to_information', 'linkToInformation', cells.link_to_information],
      ] as const
    ).find(([, field, value]) => value !== null && value !== undefined && profile.data[field] !== null && profile.data[field] !== value)
    if (disagreement) {
      summary.rejected.push({
        file,
        row,
        line,
        column: disagreement[0],
        message: `expected ${profile.data[disagreement[1]]}, as row ${profile.firstRow} of the same profile says, got ${disagreement[2]}.`,
      })
      continue
    }
    if (profile.data.employees === null) profile.data.employees = (cells.employees as number | null) ?? null
    if (profile.data.linkToInformation === null) profile.data.linkToInformation = (cells.link_to_information as string | null) ?? null
    const category = `${cells.characteristic}/${cells.category}`
    const earlier = profile.rowFor.get(category)
    if (earlier !== undefined) {
      summary.rejected.push({
        file,
        row,
        line,
        column: 'category',
        message: `counts ${category} again (row ${earlier} counts it); the earlier row was kept.`,
      })
      continue
    }
    profile.rowFor.set(category, row)
    const headcount = cells.headcount as MeasuredValue
    profile.data.counts!.push({
      characteristic: cells.characteristic as string,
      category: cells.category as string,
      headcount: headcount.value,
      status: headcount.status,
      symbol: headcount.symbol,
    })
  }

  const counted = [...profiles.values()].reduce((sum, p) => sum + p.rowFor.size, 0)
  summary.notes.push(
    `${counted} rows make ${profiles.size} profile${profiles.size === 1 ? '' : 's'}; created, updated and unchanged count profiles.`,
  )

  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await RecordStore.load<WorkforceData>(payload, req, {
      collection: 'workforce-profiles',
      where: { 'provenance.source': { equals: SOURCE } },
      keyOf,
      meaningful: MEANINGFUL,
    })
    let done = 0
    for (const profile of profiles.values()) {
      const { organisation } = await matcher.findOrCreate({ name: profile.organisation }, 'a workforce profile template')
      const { data } = profile
      const outcome = await store.write(
        { ...data, organisation: organisation.id } as WorkforceData,
        `${organisation.name}: workforce ${data.published} (${data.grouping})`,
      )
      if (outcome === 'kept-manual')
        summary.keptManualCorrections.push({
          file,
          row: profile.firstRow,
          message: `${organisation.name}’s ${data.published} profile (${data.grouping}) was corrected by hand; not overwritten.`,
        })
      else summary[outcome]++
      options.onProgress?.(++done, 'writing')
    }
    summary.organisationsCreated = matcher.created
  })
  return summary
}
