import { FUNDING_APPLICATIONS_TEMPLATE, FUNDING_TARGETS_TEMPLATE } from '../../cms/importers/templates/fundingTemplates'
import { PAY_GAP_TEMPLATE } from '../../cms/importers/templates/payGapTemplate'
import type { Template } from '../../cms/importers/templates/templateColumns'
import { WORKFORCE_TEMPLATE } from '../../cms/importers/templates/workforceTemplate'

/** The portal's CSV templates, as the site offers them for download (the importers read the same definitions). */
export const TEMPLATES: readonly Template[] = [
  PAY_GAP_TEMPLATE,
  WORKFORCE_TEMPLATE,
  FUNDING_APPLICATIONS_TEMPLATE,
  FUNDING_TARGETS_TEMPLATE,
]

export const templatePaths = () => TEMPLATES.map((template) => ({ params: { template: template.slug }, props: { template } }))
