/**
 * Puts two published annual returns of one organisation on the e2e portal
 * before the site is built, so its profile shows years side by side (a step
 * moved, one new, one dropped) and metric answers against benchmarks, for the
 * accessibility scan. Made-up answers for testing; run by globalSetup.
 */
import { getPortalPayload } from '../../cms/getPortalPayload'
import { returnYearFor } from '../../cms/lib/reporterHome'
import { FIXTURE_JOURNEY_ORGANISATION, FIXTURE_RETURNS_ORGANISATION } from './fixtureRecords'

const payload = await getPortalPayload()
try {
  const context = { disableSiteRebuild: true }
  const organisation = (
    await payload.find({ collection: 'organisations', where: { slug: { equals: FIXTURE_RETURNS_ORGANISATION } }, limit: 1, depth: 0 })
  ).docs[0]
  const livingWage = (await payload.find({ collection: 'metrics', where: { code: { equals: 'L3-4.1' } }, limit: 1, depth: 0 })).docs[0]
  const payGap = await payload.create({
    collection: 'metrics',
    data: {
      code: 'E2E-1.3',
      question: 'What is your median hourly gender pay gap? (made up for the end-to-end tests)',
      action: '1',
      answerType: 'percentage',
      unit: '%',
      benchmark: { kind: 'london-median-gender-pay-gap' },
    },
    context,
  })
  for (const [year, steps, answers] of [
    [
      2022,
      [
        { step: '1.1.5', status: 'in-progress', note: 'Made up for testing: started the work.' },
        { step: '2.4.1', status: 'planned', targetDate: '01/11/2026' },
      ],
      [
        { metric: livingWage.id, answer: 'no' },
        { metric: payGap.id, value: 9.5 },
      ],
    ],
    [
      2023,
      [
        { step: '1.1.5', status: 'complete' },
        { step: '1.1.1', status: 'planned' },
      ],
      [
        { metric: livingWage.id, answer: 'yes', comment: 'Made up for testing.' },
        { metric: payGap.id, value: 7.25 },
      ],
    ],
  ] as const) {
    await payload.create({
      collection: 'returns',
      data: {
        organisation: organisation.id,
        year,
        steps: steps as never,
        metricAnswers: answers as never,
        priorities: [{ priority: '1', actionsToComplete: 'Made up for testing.', supportRequired: 'Made up for testing.' }],
        progress: 'Made up for the end-to-end tests.',
        _status: 'published',
      },
      context,
    })
  }
  // Last year's published return of the organisation whose reporter prepares this year's in reporterJourney.e2e.test.ts.
  const journey = (
    await payload.find({ collection: 'organisations', where: { slug: { equals: FIXTURE_JOURNEY_ORGANISATION } }, limit: 1, depth: 0 })
  ).docs[0]
  await payload.create({
    collection: 'returns',
    data: {
      organisation: journey.id,
      year: returnYearFor(new Date()) - 1,
      steps: [{ step: '1.1.1', status: 'planned', note: 'Made up for testing: last year.' }],
      metricAnswers: [{ metric: livingWage.id, answer: 'no' }],
      progress: 'Made up for the end-to-end tests: last year.',
      _status: 'published',
    },
    context,
  })
  console.log(`returns fixture: two returns of ${FIXTURE_RETURNS_ORGANISATION}, last year's of ${FIXTURE_JOURNEY_ORGANISATION}`)
} finally {
  await payload.destroy()
}
