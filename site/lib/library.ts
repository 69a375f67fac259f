import { config } from '../../domain/config'
import { EVIDENCE_GRADES, RESOURCE_TYPES, TRI_STRANDS, labelOf } from '../../domain/vocabulary'
import type { PortalContent, Resource, ResourceFile } from './content'

/** How library resources read on the site. */
const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.ms-powerpoint': 'PowerPoint presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'text/csv': 'CSV',
}

export const fileFormat = (file: ResourceFile) => FORMATS[file.mimeType] ?? file.mimeType

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Files are served by the CMS, which sends them as downloads. */
export const fileHref = (file: ResourceFile) => new URL(file.url, config.cmsUrl).toString()

/** Due for review once its review date has passed, on the day the site was built. */
export function dueForReview(resource: Resource, today = new Date()): boolean {
  return Boolean(resource.reviewDate && new Date(resource.reviewDate) < today)
}

export const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export const typeLabel = (r: Resource) => labelOf(RESOURCE_TYPES, r.resourceType)
export const gradeLabel = (r: Resource) => labelOf(EVIDENCE_GRADES, r.evidenceGrade)
export const strandLabels = (r: Resource) => r.strands.map((s) => labelOf(TRI_STRANDS, s))

/** The Pagefind filters a resource page carries: theme, type, step, stage, borough, evidence grade and year. */
export function resourceFilters(content: PortalContent, r: Resource): Record<string, string[]> {
  const steps = r.steps.map((id) => content.stepById.get(id)).filter((s) => s !== undefined)
  return {
    theme: strandLabels(r),
    'kind of resource': [typeLabel(r)],
    step: steps.map((s) => s.code),
    stage: [...new Set(steps.map((s) => content.stageById.get(s.stage)?.name).filter((n): n is string => Boolean(n)))],
    borough: r.boroughs.map((b) => b),
    evidence: [gradeLabel(r)],
    year: [r.publicationDate.slice(0, 4)],
  }
}
