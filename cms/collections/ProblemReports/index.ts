import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { staffOnly } from '../../access/staffOnly'
import { REPORTABLE_COLLECTIONS } from '../../../domain/problemReports'
import { submitProblemReport, submitProblemReportPreflight } from './submitEndpoint'

const nobody = () => false

/**
 * Problems the public reports with a record, from the form on its page. They
 * reach the curators' queue on the admin dashboard. Only the endpoint creates
 * them (so its checks always apply); curators read and close them.
 */
export const ProblemReports: CollectionConfig = {
  slug: 'problem-reports',
  labels: { singular: 'Problem report', plural: 'Problem reports' },
  admin: {
    useAsTitle: 'recordTitle',
    defaultColumns: ['recordTitle', 'collection', 'status', 'createdAt'],
    group: 'Review',
    description: 'Sent by the public with “Report a problem with this record”. Close a report once the record is checked or corrected.',
  },
  access: { read: staffOnly, create: nobody, update: staffOnly, delete: adminOnly },
  endpoints: [submitProblemReport, submitProblemReportPreflight],
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: REPORTABLE_COLLECTIONS.map((c) => ({ ...c })),
      admin: { readOnly: true },
    },
    { name: 'recordId', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'recordTitle', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'page', type: 'text', admin: { readOnly: true, description: 'The page on the public site the report was sent from.' } },
    { name: 'message', type: 'textarea', required: true, maxLength: 2000, admin: { readOnly: true } },
    { name: 'email', type: 'text', maxLength: 200, admin: { readOnly: true, description: 'Only if the sender wants a reply.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: 'Open' },
        { value: 'closed', label: 'Closed' },
      ],
    },
    { name: 'curatorNote', type: 'textarea', admin: { description: 'What was done about it (for curators only).' } },
    {
      name: 'addressHash',
      type: 'text',
      index: true,
      access: { read: nobody, update: nobody },
      admin: { hidden: true },
    },
  ],
}
