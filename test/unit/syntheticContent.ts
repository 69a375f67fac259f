import type { MeasuredValue } from '../../domain/measured'
import {
  indexContent,
  type Commitment,
  type Grant,
  type Organisation,
  type PayGapReport,
  type PortalContent,
  type RawContent,
  type SeriesFigure,
  type StatusChange,
  type Step,
} from '../../site/lib/indexContent'

/** A tiny, made-up portal for unit tests of the datasets. Synthetic: no real organisation. */
export function syntheticContent(overrides: Partial<RawContent> = {}): PortalContent {
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
      legalName: undefined,
      postcode: 'E8 1DY',
      identifiers: {
        orgId: 'GB-CHC-1234567',
        companiesHouseNumber: '01234567',
        charityNumber: undefined,
        gpgEmployerId: '4242',
        localAuthorityCode: undefined,
        gssCode: undefined,
      },
      industries: [
        {
          code: '88990',
          name: 'Other social work activities without accommodation n.e.c.',
          division: '88',
          divisionName: 'Social work activities without accommodation',
          section: 'Q',
          sectionName: 'Human health and social work activities',
        },
      ],
      inLondon: 'yes',
      localAuthority: undefined,
      formerSlugs: [],
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
      resources: [],
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
  const reported = (value: number): MeasuredValue => ({ value, status: 'reported', symbol: null })
  const withheld: MeasuredValue = { value: null, status: 'withheld', symbol: '<5' }
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
      publisherHeadline: false,
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
    grants: syntheticGrants(),
    fundingApplications: [
      {
        id: '31',
        funder: '7',
        year: 2024,
        programme: undefined,
        applicantGroup: 'user-led',
        received: 40,
        funded: 10,
        updatedAt: '2026-04-01T00:00:00.000Z',
      },
      {
        id: '32',
        funder: '7',
        year: 2024,
        programme: undefined,
        applicantGroup: 'other',
        received: 100,
        funded: 40,
        updatedAt: '2026-04-01T00:00:00.000Z',
      },
    ],
    resources: [],
    resourceFiles: [],
    caseStudies: [],
    trackerActions: [],
    trackerChanges: [],
    cityIndicators: syntheticSeries('Synthetic indicator', 'city'),
    surveyResults: syntheticSeries('Synthetic question', 'survey'),
    equalityPublications: [
      {
        id: '71',
        organisation: '7',
        kind: 'equality-information',
        publishedOn: '2025-01-20T00:00:00.000Z',
        url: 'https://example.org/equality-information',
        coversPeriod: '2024',
        notes: undefined,
        updatedAt: '2026-04-01T00:00:00.000Z',
      },
    ],
    metrics: [
      {
        id: '81',
        code: 'L3-1.1',
        question: 'Do you publish a plan for your workforce to reflect London?',
        action: '1',
        step: '1.1.1',
        answerType: 'yes-no',
        unit: undefined,
        benchmark: { kind: 'none', ethnicGroup: undefined, value: null, period: undefined, source: undefined, sourceUrl: undefined },
        sources: [],
      },
      {
        id: '82',
        code: 'L3-1.2',
        question: 'What share of your staff are women?',
        action: '1',
        step: undefined,
        answerType: 'percentage',
        unit: '% of staff',
        benchmark: { kind: 'stated', ethnicGroup: undefined, value: 48, period: '2024', source: 'A made-up survey', sourceUrl: undefined },
        sources: [],
      },
    ],
    returns: [
      {
        id: '91',
        organisation: '7',
        year: 2024,
        steps: [{ step: '1.1.1', status: 'planned', stage: 'strategy-planning-and-policy', targetDate: undefined, note: undefined }],
        priorities: [],
        metricAnswers: [{ metric: '81', answer: 'no', value: null, comment: undefined }],
        progress: undefined,
        challenges: undefined,
        supportNeeded: undefined,
        updatedAt: '2025-03-01T00:00:00.000Z',
      },
      {
        id: '92',
        organisation: '7',
        year: 2025,
        steps: [
          {
            step: '1.1.1',
            status: 'in-progress',
            stage: 'strategy-planning-and-policy',
            targetDate: '2027-03-31T00:00:00.000Z',
            note: '=Started',
          },
          { step: '1.1.2', status: 'planned', stage: 'data-gathering-and-reviewing', targetDate: undefined, note: undefined },
        ],
        priorities: [{ priority: '1', actionsToComplete: 'Publish the plan.', supportRequired: undefined }],
        metricAnswers: [
          { metric: '81', answer: 'yes', value: null, comment: undefined },
          { metric: '82', answer: undefined, value: 52.5, comment: 'From our HR system.' },
        ],
        progress: 'Good progress.',
        challenges: undefined,
        supportNeeded: undefined,
        updatedAt: '2026-03-01T00:00:00.000Z',
      },
    ],
    datasetReleases: [
      {
        id: '51',
        dataset: 'organisations',
        number: 1,
        releasedAt: '2026-01-03T00:00:00.000Z',
        note: 'First release: 1 row.',
        rowsAdded: 1,
        rowsChanged: 0,
        rowsRemoved: 0,
        rowCount: 1,
        filename: 'organisations-release-1.csv',
      },
      {
        id: '52',
        dataset: 'organisations',
        number: 2,
        releasedAt: '2026-02-03T00:00:00.000Z',
        note: '0 rows added, 1 row changed, 0 rows removed (1 row in all).',
        rowsAdded: 0,
        rowsChanged: 1,
        rowsRemoved: 0,
        rowCount: 1,
        filename: 'organisations-release-2.csv',
      },
    ],
    corrections: [
      {
        id: '61',
        collection: 'pay-gap-reports',
        recordId: '9',
        recordTitle: 'Example Trust: gender pay gap 2022',
        organisation: '7',
        field: 'meanHourlyGap.value',
        fieldLabel: 'Mean hourly pay gap',
        oldValue: '-25',
        newValue: '-2.5',
        reason: 'A decimal point was lost when the figure was typed in.',
        kind: 'curator',
        correctedAt: '2026-03-02T10:00:00.000Z',
      },
    ],
    fundingTargets: [
      { id: '41', funder: '7', year: 2024, targetShare: 30, basis: 'amount', source: undefined, updatedAt: '2026-04-01T00:00:00.000Z' },
    ],
    ...overrides,
  })
}

/** Two periods of one made-up measure for everyone; survey figures carry sample sizes. */
function syntheticSeries(measure: string, level: 'city' | 'survey'): SeriesFigure[] {
  return [
    ['1', 'Wave 1', '2025-10-31', 40],
    ['2', 'Wave 2', '2026-04-30', 46],
  ].map(([id, period, date, value]) => ({
    id: `${level}-${id}`,
    measure,
    priority: 1,
    period: String(period),
    date: `${date}T00:00:00.000Z`,
    group: 'All Londoners',
    value: Number(value),
    unit: 'percent' as const,
    sampleSize: level === 'survey' ? 1000 : null,
    designEffect: null,
    source: 'Synthetic source',
    sourceUrl: undefined,
    notes: 'Synthetic: made up for tests.',
    updatedAt: '2026-04-01T00:00:00.000Z',
  }))
}

/** Three grants by one funder: to an equalities-led recipient, to one that is not, and one where nobody asked. */
function syntheticGrants(): Grant[] {
  type DeiArea = Grant['dei']['leadership']
  const dei = (askedStatus: DeiArea['askedStatus'], replyStatus?: DeiArea['replyStatus'], taxonomyCodes: string[] = []): DeiArea => ({
    askedStatus,
    replyStatus,
    taxonomyCodes,
  })
  const notAsked = dei('AS100')
  const grant = (id: string, amount: number, leadership: ReturnType<typeof dei>): Grant => ({
    id,
    grantId: `360G-EXAMPLE-${id}`,
    title: `=Grant ${id}`,
    description: 'A made-up grant.',
    currency: 'GBP',
    amountAppliedFor: null,
    amountAwarded: amount,
    awardDate: '2024-05-01T00:00:00.000Z',
    year: 2024,
    funder: { organisation: '7', orgId: 'GB-CHC-1000000', name: 'Example Trust' },
    recipient: { organisation: undefined, orgId: `GB-CHC-200000${id}`, name: `Recipient ${id}` },
    programme: 'Main grants',
    beneficiaryLocation: 'Hackney',
    fromOpenCall: 'Yes',
    dei: { leadership, mission: notAsked, project: notAsked },
    published: {
      id: `360G-EXAMPLE-${id}`,
      title: `=Grant ${id}`,
      description: 'A made-up grant.',
      currency: 'GBP',
      amountAwarded: amount,
      awardDate: '2024-05-01',
      fundingOrganization: [{ id: 'GB-CHC-1000000', name: 'Example Trust' }],
      recipientOrganization: [{ id: `GB-CHC-200000${id}`, name: `Recipient ${id}` }],
    },
    provenance: { publisher: 'Example Trust', licence: 'https://creativecommons.org/licenses/by/4.0/', dataSource: undefined },
    updatedAt: '2026-04-01T00:00:00.000Z',
  })
  return [grant('1', 1000, dei('AS200', 'RS200', ['DEI010100'])), grant('2', 3000, dei('AS200', 'RS201')), grant('3', 500, notAsked)]
}
