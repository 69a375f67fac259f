/**
 * Puts one published library resource, with a PDF, on the e2e portal before the
 * site is built, and has a commitment cite it, so every library template exists
 * for the accessibility scan. Run by globalSetup with the e2e environment.
 */
import { getPortalPayload } from '../../cms/getPortalPayload'
import { MINIMAL_PDF as PDF } from '../fixtures/minimalPdf'
import { FIXTURE_RESOURCE } from './fixtureRecords'

const payload = await getPortalPayload()
try {
  const context = { disableSiteRebuild: true, skipLinkCheck: true }
  const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: 'camden-council' } }, limit: 1 })
  const camden = docs[0]
  const file = await payload.create({
    collection: 'resource-files',
    data: { organisation: camden.id },
    file: { name: 'e2e-toolkit.pdf', data: PDF, mimetype: 'application/pdf', size: PDF.length },
    context,
  })
  const resource = await payload.create({
    collection: 'resources',
    data: {
      ...FIXTURE_RESOURCE,
      organisation: camden.id,
      summary: 'A made-up toolkit for the end-to-end tests: how to run diverse recruitment panels.',
      resourceType: 'toolkit',
      strands: ['large-employers'],
      steps: ['1.1.1'],
      boroughs: ['camden'],
      file: file.id,
      licence: 'Open Government Licence v3.0',
      publicationDate: '2024-02-01T00:00:00.000Z',
      reviewDate: '2025-02-01T00:00:00.000Z',
      evidenceGrade: 'promising',
      evidenceBasis: 'A made-up pilot, for testing.',
      _status: 'published',
    },
    context,
  })
  // Any published commitment cites it, so the resource page lists an organisation using it.
  const commitment = await payload.find({ collection: 'commitments', where: { _status: { equals: 'published' } }, limit: 1, sort: 'id' })
  if (commitment.docs[0])
    await payload.update({ collection: 'commitments', id: commitment.docs[0].id, data: { resources: [resource.id] }, context })
  console.log(`library fixture: resource ${resource.id}, file ${file.id}`)
} finally {
  await payload.destroy()
}
