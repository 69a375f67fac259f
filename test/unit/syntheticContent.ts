import {
  indexContent,
  type Commitment,
  type Organisation,
  type PayGapReport,
  type PortalContent,
  type StatusChange,
  type Step,
} from '../../site/lib/indexContent'

/** A tiny, made-up portal for unit tests of the datasets. Synthetic: no real organisation. */
export function syntheticContent(): PortalContent {
  const stages = [
    { id: 'data-gathering-and-reviewing', order: 1, name: 'Data gathering and reviewing' },
    { id: 'strategy-planning-and-policy', order: 2, name: 'Strategy, planning and policy' },
  ]
  const priorities = [{ id: '1', number: 1, name: 'Labour market inequality' }]
  const actions = [{ id: '1', number: 1, priority: '1', text: 'Ensure our workforces reflect London, at all levels' }]
  const steps: Step[] = [
    {
      id: '1.1.1',
      code: '1.1.1',
      sortKey: 10101,
      priority: '1',
      action: '1',
      stage: 'strategy-planning-and-policy',
      text: 'Set out a clear plan.',
    },
    {
      id: '1.1.2',
      code: '1.1.2',
      sortKey: 10102,
      priority: '1',
      action: '1',
      stage: 'data-gathering-and-reviewing',
      text: 'Set interim objectives.',
    },
  ]
  const organisations: Organisation[] = [
    {
      id: '7',
      name: '=Example Trust',
      slug: 'example-trust',
      sector: 'voluntary-community',
      sectorOther: undefined,
      website: undefined,
      adoptedPlanOn: undefined,
      description: undefined,
      identifiers: { orgId: 'GB-CHC-1234567', companiesHouseNumber: undefined, charityNumber: undefined },
      boroughs: ['hackney', 'camden'],
      londonWide: false,
      sizeBand: 'small',
      lpbMembership: 'not-stated',
      formerNames: [{ name: 'Old Trust', until: undefined }],
      facts: [],
      sources: [],
      updatedAt: '2026-01-02T03:04:05.000Z',
    },
  ]
  const commitments: Commitment[] = [
    {
      id: '42',
      organisation: '7',
      step: '1.1.1',
      status: 'in-progress',
      assurance: 'evidence-supplied',
      targetDate: '2027-03-31T00:00:00.000Z',
      narrative: 'Line one\nline two, with "quotes"',
      supportRequired: undefined,
      evidenceLinks: [{ label: 'Plan', url: 'https://example.org/plan' }],
      sources: [{ document: 'progress-report-2023', section: '4.2', url: undefined, quote: undefined }],
      updatedAt: '2026-02-03T04:05:06.000Z',
    },
  ]
  const history: StatusChange[] = [
    { commitment: '42', status: 'planned', at: '2026-01-01T00:00:00.000Z' },
    { commitment: '42', status: 'in-progress', at: '2026-02-03T04:05:06.000Z' },
  ]
  const reported = (value: number) => ({ value, status: 'reported', symbol: null })
  const withheld = { value: null, status: 'withheld', symbol: '<5' }
  const quarter = { reference: reported(50), comparison: reported(50) }
  const payGapReports: PayGapReport[] = [
    {
      id: '9',
      organisation: '7',
      year: 2022,
      characteristic: 'disability',
      classification: undefined,
      referenceGroup: 'Not disabled',
      comparisonGroup: 'Disabled',
      headcount: 120,
      employerSize: undefined,
      meanHourlyGap: reported(-2.5),
      medianHourlyGap: reported(3.1),
      meanBonusGap: withheld,
      medianBonusGap: withheld,
      referenceBonusShare: reported(10),
      comparisonBonusShare: withheld,
      q1: quarter,
      q2: quarter,
      q3: quarter,
      q4: quarter,
      narrativeUrl: 'https://example.org/pay-gap',
      actionPlanUrl: undefined,
      responsiblePerson: undefined,
      dateSubmitted: undefined,
      submittedLate: false,
      flags: [{ code: 'quarter-sum', message: 'Example flag.' }],
      provenance: { source: 'gla-tables', sourceFile: undefined },
      updatedAt: '2026-03-01T00:00:00.000Z',
    },
  ]
  return indexContent({
    stages,
    priorities,
    actions,
    steps,
    organisations,
    commitments,
    statusChanges: history,
    payGapReports,
    workforceProfiles: [
      {
        id: '11',
        organisation: '7',
        published: '2024-03',
        grouping: 'All staff',
        level: undefined,
        employees: 40,
        linkToInformation: undefined,
        counts: [
          { characteristic: 'ethnicity', category: 'white', headcount: 30, status: 'reported', symbol: null },
          { characteristic: 'ethnicity', category: 'black', headcount: null, status: 'withheld', symbol: '<5' },
          { characteristic: 'gender', category: 'prefernottosay', headcount: 2, status: 'reported', symbol: null },
        ],
        provenance: { source: 'open-innovations' },
        updatedAt: '2026-04-01T00:00:00.000Z',
      },
    ],
  })
}
