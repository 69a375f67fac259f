import { glaImporter } from './gla/importGlaTables'
import { gpgImporter } from './gpg/importGpgFile'
import { fundingApplicationsImporter, fundingTargetsImporter } from './csvTemplates/importFundingTemplates'
import { cityIndicatorsImporter, surveyResultsImporter } from './csvTemplates/importLevelTemplates'
import { payGapTemplateImporter } from './csvTemplates/importPayGapTemplate'
import { workforceTemplateImporter } from './csvTemplates/importWorkforceTemplate'
import type { RegisteredImporter } from './pipeline/runImporter'
import { grantsImporter } from './threeSixtyGiving/importGrants'
import { openInnovationsImporter } from './workforce/importOpenInnovations'

/**
 * Every importer, by the name the CLI and the admin's Imports use for it. Each
 * is a reader and its declarations (cms/importers/pipeline/importer.ts); adding
 * one is its reader plus a line here.
 */
export const IMPORTERS = {
  gpg: gpgImporter,
  gla: glaImporter,
  workforce: openInnovationsImporter,
  'pay-gaps-template': payGapTemplateImporter,
  'workforce-template': workforceTemplateImporter,
  grants: grantsImporter,
  'funding-applications-template': fundingApplicationsImporter,
  'funding-targets-template': fundingTargetsImporter,
  'city-indicators-template': cityIndicatorsImporter,
  'survey-results-template': surveyResultsImporter,
} as const satisfies Record<string, RegisteredImporter>

export type ImporterKind = keyof typeof IMPORTERS

export const isImporterKind = (kind: string): kind is ImporterKind => Object.hasOwn(IMPORTERS, kind)
