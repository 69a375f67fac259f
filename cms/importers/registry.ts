import type { Payload } from 'payload'
import { importGlaTables } from './gla/importGlaTables'
import { importGpgFile } from './gpg/importGpgFile'
import type { ImportOptions, ImportSummary } from './importSummary'
import { importFundingApplications, importFundingTargets } from './csvTemplates/importFundingTemplates'
import { importPayGapTemplate } from './csvTemplates/importPayGapTemplate'
import { importWorkforceTemplate } from './csvTemplates/importWorkforceTemplate'
import { importGrants, type GrantImportOptions } from './threeSixtyGiving/importGrants'
import { importOpenInnovations } from './workforce/importOpenInnovations'

/** What an importer may be told besides the file: a year for old Gender Pay Gap files; a licence and publisher for grants. */
export type RunOptions = ImportOptions & { year?: number; licence?: string; publisher?: string }

/** Every importer, by the name the CLI and the admin's import page use for it. */
export const IMPORTERS = {
  gpg: {
    label: 'UK Gender Pay Gap Service download (any layout)',
    run: (payload: Payload, path: string, options: ImportOptions & { year?: number }) => importGpgFile(payload, path, options),
  },
  gla: {
    label: 'Greater London Authority pay gap tables (tidy long form)',
    run: (payload: Payload, path: string, options: ImportOptions) => importGlaTables(payload, path, options),
  },
  workforce: {
    label: 'Workforce profiles in the Open Innovations diversity data standard',
    run: (payload: Payload, path: string, options: ImportOptions) => importOpenInnovations(payload, path, options),
  },
  'pay-gaps-template': {
    label: 'The portal’s pay gaps template (ethnicity, disability, gender)',
    run: (payload: Payload, path: string, options: ImportOptions) => importPayGapTemplate(payload, path, options),
  },
  'workforce-template': {
    label: 'The portal’s workforce profile template',
    run: (payload: Payload, path: string, options: ImportOptions) => importWorkforceTemplate(payload, path, options),
  },
  grants: {
    label: '360Giving grants (JSON package or flat CSV), with the DEI extension',
    run: (payload: Payload, path: string, options: GrantImportOptions) => importGrants(payload, path, options),
  },
  'funding-applications-template': {
    label: 'The portal’s funding applications template (counts by kind of applicant)',
    run: (payload: Payload, path: string, options: ImportOptions) => importFundingApplications(payload, path, options),
  },
  'funding-targets-template': {
    label: 'The portal’s funding targets template',
    run: (payload: Payload, path: string, options: ImportOptions) => importFundingTargets(payload, path, options),
  },
} as const satisfies Record<string, { label: string; run: (payload: Payload, path: string, options: RunOptions) => Promise<ImportSummary> }>

export type ImporterKind = keyof typeof IMPORTERS

export const isImporterKind = (kind: string): kind is ImporterKind => Object.hasOwn(IMPORTERS, kind)
