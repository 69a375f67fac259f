import type { FundingApplication, FundingTarget } from '../../payload-types'
import type { EmployerIdentity } from '../organisationMatcher'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter, type RegisteredImporter } from '../pipeline/runImporter'
import type { Problem } from '../problems'
import { relationId } from '../recordStore'
import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../../domain/csvTemplates/funding'
import { readTemplateRows, type TemplateRow } from './readTemplateRows'
import type { Template } from '../../../domain/csvTemplates/columns'

type Data<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'funder'> & { funder: number | string }

interface Kind<T> {
  label: string
  template: Template
  collection: 'funding-applications' | 'funding-targets'
  /** A row's own check beyond its cells, e.g. funded ≤ received. */
  check?: (cells: TemplateRow['cells']) => { column: string; message: string } | undefined
  data: (cells: TemplateRow['cells'], file: string) => Omit<Data<T>, 'funder'>
  keyOf: (record: Record<string, unknown>) => string
  meaningful: readonly string[]
  describe: (data: Omit<Data<T>, 'funder'>, funder: string) => string
}

type Row<T> = { funder: EmployerIdentity; data: Omit<Data<T>, 'funder'> }

/**
 * One of the funding templates: rows are read by the template's rules, and a
 * funder is matched by org-id then name (and created if new).
 */
function fundingTemplateImporter<T>(kind: Kind<T>): RegisteredImporter {
  async function* read(path: string, context: ReadContext): AsyncGenerator<ReadRecord<Row<T>>> {
    const { file, summary } = context
    for await (const { row, line, cells } of readTemplateRows(kind.template, path, context)) {
      const problem = kind.check?.(cells)
      if (problem) {
        summary.rejected.push({ file, row, line, ...problem } satisfies Problem)
        continue
      }
      const orgId = (cells.funder_org_id as string | null)?.toUpperCase() ?? null
      yield {
        place: { row },
        draft: { funder: { name: cells.funder as string, orgId, sectorOther: 'Funder' }, data: kind.data(cells, file) },
      }
    }
  }
  return defineImporter<Row<T>, Data<T> & Record<string, unknown>>({
    label: kind.label,
    collection: kind.collection,
    read,
    stored: () => ({}),
    parties: ({ funder }) => [{ identity: funder, source: `the ${kind.template.title.toLowerCase()}`, trustName: true }],
    data: ({ data }, [funder]) => ({ ...data, funder: funder.id }) as Data<T> & Record<string, unknown>,
    keyOf: kind.keyOf,
    keyDescription: kind.template.primaryKey.join(', '),
    meaningful: kind.meaningful,
    title: (data, [funder]) => kind.describe(data, funder.name),
  })
}

export const fundingApplicationsImporter = fundingTemplateImporter<FundingApplication>({
  label: 'The portal’s funding applications template (counts by kind of applicant)',
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
})

export const fundingTargetsImporter = fundingTemplateImporter<FundingTarget>({
  label: 'The portal’s funding targets template',
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
})

export const importFundingApplications = fundingApplicationsImporter.run
export const importFundingTargets = fundingTargetsImporter.run
