import type { MeasuredValue } from '../../../domain/measured'
import { FirstRows } from '../pipeline/firstRows'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter } from '../pipeline/runImporter'
import { workforceRecords, type WorkforceData } from '../workforceStore'
import { readTemplateRows } from './readTemplateRows'
import { WORKFORCE_TEMPLATE } from '../../../domain/csvTemplates/workforce'

const SOURCE = 'portal-template'

interface Profile {
  firstRow: number
  organisation: string
  data: Omit<WorkforceData, 'organisation'>
  /** Rows by characteristic/category, so a category counted twice is caught. */
  categories: FirstRows
  rows: number
}

/**
 * Imports workforce profiles in the portal's long-form template (see
 * workforceTemplate.ts): rows of one organisation, date, grouping and level make
 * one profile. A row that repeats a category, or disagrees with the profile's
 * other rows about its employees or link, is rejected. The rest is written in
 * one transaction; importing the same file again changes nothing.
 */
async function* readWorkforceTemplateRows(path: string, context: ReadContext): AsyncGenerator<ReadRecord<Profile>> {
  const { file, summary } = context
  const profiles = new Map<string, Profile>()

  for await (const { row, line, cells } of readTemplateRows(WORKFORCE_TEMPLATE, path, context)) {
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
        categories: new FirstRows(),
        rows: 0,
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
    const repeat = profile.categories.repeat(category, { row }, `it counts ${category} again`, file, 'category')
    if (repeat) {
      summary.rejected.push({ ...repeat, line })
      continue
    }
    profile.rows++
    const headcount = cells.headcount as MeasuredValue
    profile.data.counts!.push({
      characteristic: cells.characteristic as string,
      category: cells.category as string,
      headcount: headcount.value,
      status: headcount.status,
      symbol: headcount.symbol,
    })
  }

  const counted = [...profiles.values()].reduce((sum, p) => sum + p.rows, 0)
  summary.notes.push(
    `${counted} rows make ${profiles.size} profile${profiles.size === 1 ? '' : 's'}; created, updated and unchanged count profiles.`,
  )
  for (const profile of profiles.values()) yield { place: { row: profile.firstRow }, draft: profile }
}

export const workforceTemplateImporter = defineImporter<Profile, WorkforceData>({
  label: 'The portal’s workforce profile template',
  ...workforceRecords(SOURCE),
  read: readWorkforceTemplateRows,
  parties: (profile) => [{ identity: { name: profile.organisation }, source: 'a workforce profile template', trustName: true }],
  data: ({ data }, [organisation]) => ({ ...data, organisation: organisation.id }) as WorkforceData,
  title: (data, [organisation]) => `${organisation.name}: workforce ${data.published} (${data.grouping})`,
  keyDescription: 'organisation, date, grouping and level',
})

export const importWorkforceTemplate = workforceTemplateImporter.run
