import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../domain/csvTemplates/funding'
import { CITY_INDICATORS_TEMPLATE, SURVEY_RESULTS_TEMPLATE } from '../../domain/csvTemplates/levels'
import { PAY_GAP_TEMPLATE } from '../../domain/csvTemplates/payGaps'
import type { Template } from '../../domain/csvTemplates/columns'
import { WORKFORCE_TEMPLATE } from '../../domain/csvTemplates/workforce'

/** The portal's CSV templates, as the site offers them for download (the importers read the same definitions). */
export const TEMPLATES: readonly Template[] = [
  PAY_GAP_TEMPLATE,
  WORKFORCE_TEMPLATE,
  FUNDING_APPLICATIONS_TEMPLATE,
  FUNDING_TARGETS_TEMPLATE,
  CITY_INDICATORS_TEMPLATE,
  SURVEY_RESULTS_TEMPLATE,
]

export const templatePaths = () => TEMPLATES.map((template) => ({ params: { template: template.slug }, props: { template } }))
