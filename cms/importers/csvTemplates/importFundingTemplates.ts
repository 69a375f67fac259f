import { basename } from 'node:path'
import type { Payload } from 'payload'
import type { FundingApplication, FundingTarget } from '../../payload-types'
import { withTransaction } from '../../seed/withTransaction'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { OrganisationMatcher } from '../organisationMatcher'
import type { Problem } from '../problems'
import { RecordStore, relationId } from '../recordStore'
import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../../domain/csvTemplates/funding'
import { readTemplateRows, type TemplateRow } from './readTemplateRows'
import type { Template } from '../../../domain/csvTemplates/columns'

type Data<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'funder'> & { funder: number | string }

interface Kind<T> {
  template: Template
  collection: 'funding-applications' | 'funding-targets'
  /** A row's own check beyond its cells, e.g. funded ≤ received. */
  check?: (cells: TemplateRow['cells']) => { column: string; message: string } | undefined
  data: (cells: TemplateRow['cells'], file: string) => Omit<Data<T>, 'funder'>
  keyOf: (record: Record<string, unknown>) => string
  meaningful: readonly string[]
  describe: (data: Omit<Data<T>, 'funder'>, funder: string) => string
}

/**
 * Imports one of the funding templates: rows are read by the template's rules,
 * a funder is matched by org-id then name (and created if new), two rows for the
 * same key are refused, and everything is written in one transaction, so
 * importing the same file again changes nothing.
 */
async function importFundingTemplate<T>(payload: Payload, path: string, kind: Kind<T>, options: ImportOptions): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const rows: Array<{ row: number; line: number; funder: { name: string; orgId: string | null }; data: Omit<Data<T>, 'funder'> }> = []
  for await (const { row, line, cells } of readTemplateRows(kind.template, path, summary, options.onProgress)) {
    const problem = kind.check?.(cells)
    if (problem) {
      summary.rejected.push({ file, row, line, ...problem } satisfies Problem)
      continue
    }
    const orgId = (cells.funder_org_id as string | null)?.toUpperCase() ?? null
    rows.push({ row, line, funder: { name: cells.funder as string, orgId }, data: kind.data(cells, file) })
  }
  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await RecordStore.load<Data<T> & Record<string, unknown>>(payload, req, {
      collection: kind.collection,
      where: {},
      keyOf: kind.keyOf,
      meaningful: kind.meaningful,
    })
    const firstRowFor = new Map<string, number>()
    for (const { row, funder, data } of rows) {
      const { organisation } = await matcher.findOrCreate({ ...funder, sectorOther: 'Funder' }, `the ${kind.template.title.toLowerCase()}`)
      const record = { ...data, funder: organisation.id } as Data<T> & Record<string, unknown>
      const key = kind.keyOf(record)
      if (firstRowFor.has(key)) {
        summary.rejected.push({
          file,
          row,
          message: `repeats row ${firstRowFor.get(key)} (same ${kind.template.primaryKey.join(', ')}); the earlier row was kept.`,
        })
        continue
      }
      firstRowFor.set(key, row)
      const outcome = await store.write(record, kind.describe(data, organisation.name))
      if (outcome !== 'kept-manual') summary[outcome]++
    }
    summary.organisationsCreated = matcher.created
  })
  return summary
}

export function importFundingApplications(payload: Payload, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return importFundingTemplate<FundingApplication>(
    payload,
    path,
    {
      template: FUNDING_APPLICATIONS_TEMPLATE,
      collection: 'funding-applications',
      check: (cells) =>
        (cells.funded as number) > (cells.received as number)
          ? { column: 'funded', message: `expected at most the ${cells.received} applications received, got ${cells.funded}.` }
          : undefined,
      data: (cells, file) => ({
        year: cells.year as number,
        programme: (cells.programme as string | null) ?? null,
        applicantGroup: cells.applicant_group as FundingApplication['applicantGroup'],
        received: cells.received as number,
        funded: cells.funded as number,
        sourceFile: file,
      }),
      keyOf: (r) => `${relationId(r.funder)}|${r.year}|${(r.programme as string | null) ?? ''}|${r.applicantGroup}`,
      meaningful: ['year', 'programme', 'applicantGroup', 'received', 'funded'],
      describe: (d, funder) => `${funder}: ${d.applicantGroup} applications ${d.year}${d.programme ? ` (${d.programme})` : ''}`,
    },
    options,
  )
}

export function importFundingTargets(payload: Payload, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return importFundingTemplate<FundingTarget>(
    payload,
    path,
    {
      template: FUNDING_TARGETS_TEMPLATE,
      collection: 'funding-targets',
      data: (cells, file) => ({
        year: cells.year as number,
        targetShare: cells.target_share as number,
        basis: cells.basis as FundingTarget['basis'],
        source: (cells.source as string | null) ?? null,
        sourceFile: file,
      }),
      keyOf: (r) => `${relationId(r.funder)}|${r.year}`,
      meaningful: ['year', 'targetShare', 'basis', 'source'],
      describe: (d, funder) => `${funder}: target for ${d.year}`,
    },
    options,
  )
}
