import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { createForOwnOrganisation, ownOrganisationDraft } from '../access/ownOrganisationDraft'
import { publishedOrOwnOrganisation } from '../access/publishedOrOwnOrganisation'
import { versionsPublishedNowOrOwnOrganisation } from '../access/versionsPublishedNowOrOwnOrganisation'
import { staffOnly } from '../access/staffOnly'
import { assignReporterOrganisation } from '../hooks/assignReporterOrganisation'
import { enforceReviewWorkflow } from '../hooks/enforceReviewWorkflow'
import { keepReporterChangesDraft } from '../hooks/keepReporterChangesDraft'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../hooks/rebuildSite'
import { recordEditor } from '../hooks/recordEditor'
import { correctionHooks } from './Corrections'
import type { CorrectedCollection } from './Corrections/trackedFields'

/**
 * The rules every record an organisation reports shares (commitments, pay gaps,
 * workforce profiles), kept in one place: its reporter drafts and submits, a
 * curator publishes, and a reporter's change to a published record is a draft
 * until then; anonymous readers see only what is published (and the versions
 * of what is published now); drafts are
 * validated too, so a reporter hears about a bad value when saving; every save
 * records its editor; publishing rebuilds the site. The record's organisation
 * is in the field `organisation`.
 */
export function ownedByOrganisation(options: {
  maxVersions: number
  /** Checks that run after the reporter's organisation is filled in. */
  beforeValidate?: CollectionBeforeValidateHook[]
  /** Hooks before the review rules, e.g. marking manual corrections. */
  beforeReview?: CollectionBeforeChangeHook[]
  /** Hooks after them, e.g. setting a title. */
  afterReview?: CollectionBeforeChangeHook[]
  /** Hooks after the save, before the corrections are logged (which forgets their reason), e.g. writing related records. */
  afterChange?: CollectionAfterChangeHook[]
  /** Once published, only a curator may change the record (library resources). */
  lockPublished?: boolean
  /** Keep the public corrections log for this collection (its fields must include correctionReasonField). */
  corrections?: CorrectedCollection
}): Pick<CollectionConfig, 'versions' | 'access' | 'hooks'> {
  const corrections = options.corrections ? correctionHooks(options.corrections) : { beforeChange: [], afterChange: [] }
  return {
    versions: { drafts: { validate: true }, maxPerDoc: options.maxVersions },
    access: {
      read: publishedOrOwnOrganisation('organisation'),
      readVersions: versionsPublishedNowOrOwnOrganisation('version.organisation'),
      create: createForOwnOrganisation('organisation'),
      update: ownOrganisationDraft('organisation', { lockPublished: options.lockPublished }),
      delete: staffOnly,
    },
    hooks: {
      beforeOperation: [keepReporterChangesDraft],
      beforeValidate: [assignReporterOrganisation('organisation'), ...(options.beforeValidate ?? [])],
      beforeChange: [
        ...(options.beforeReview ?? []),
        enforceReviewWorkflow,
        recordEditor,
        ...(options.afterReview ?? []),
        ...corrections.beforeChange,
      ],
      afterChange: [...(options.afterChange ?? []), ...corrections.afterChange, rebuildSiteAfterChange],
      afterDelete: [rebuildSiteAfterDelete],
    },
  }
}
