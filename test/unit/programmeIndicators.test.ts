import { describe, expect, it } from 'vitest'
import {
  adoption,
  allThreePayGaps,
  commitmentsOverTime,
  equalitiesLedFunding,
  livingWageEmployers,
  participants,
} from '../../site/lib/programme/indicators'
import type { Commitment, Organisation, PayGapReport } from '../../site/lib/indexContent'
import { syntheticContent } from './syntheticContent'

// A made-up portal (no real organisation), worked by hand:
// Example Trust (7) has commitments on 1.1.1 and 2.4.1 (complete) and all three gaps for 2023;
// org 8 adopted the plan in June 2024 with no commitment yet; org 10 has one commitment on 2.4.1,
// in progress, and gaps for gender and ethnicity in 2023 but disability only in 2024; org 9 has neither.
const base = syntheticContent()
const org = (id: string, extra: Partial<Organisation> = {}): Organisation => ({
  ...base.organisations[0],
  id,
  name: `Org ${id}`,
  slug: `org-${id}`,
  ...extra,
})
const commitment = (id: string, organisation: string, step: string, status: Commitment['status']): Commitment => ({
  ...base.commitments[0],
  id,
  organisation,
  step,
  status,
})
const gap = (id: string, organisation: string, year: number, characteristic: PayGapReport['characteristic']): PayGapReport => ({
  ...base.payGapReports[0],
  id,
  organisation,
  year,
  characteristic,
})

const content = syntheticContent({
  priorities: [...base.priorities, { id: '2', number: 2, name: 'Financial hardship and living standards' }],
  actions: [...base.actions, { id: '8', number: 8, priority: '2', text: 'Pay the London Living Wage' }],
  steps: [
    ...base.steps,
    { id: '2.4.1', code: '2.4.1', sortKey: 20401, priority: '2', action: '8', stage: 'data-gathering-and-reviewing', text: 'Accredit.' },
  ],
  organisations: [base.organisations[0], org('8', { adoptedPlanOn: '2024-06-01T00:00:00.000Z' }), org('9'), org('10')],
  commitments: [
    commitment('42', '7', '1.1.1', 'in-progress'),
    commitment('43', '7', '2.4.1', 'complete'),
    commitment('44', '10', '2.4.1', 'in-progress'),
  ],
  statusChanges: [
    { commitment: '42', status: 'planned', at: '2026-01-01T00:00:00.000Z' },
    { commitment: '42', status: 'in-progress', at: '2026-02-03T04:05:06.000Z' },
    { commitment: '43', status: 'planned', at: '2025-05-01T00:00:00.000Z' },
    { commitment: '43', status: 'complete', at: '2026-03-01T00:00:00.000Z' },
    { commitment: '44', status: 'in-progress', at: '2025-03-01T00:00:00.000Z' },
  ],
  payGapReports: [
    gap('1', '7', 2023, 'gender'),
    gap('2', '7', 2023, 'ethnicity'),
    gap('3', '7', 2023, 'disability'),
    gap('4', '10', 2023, 'gender'),
    gap('5', '10', 2023, 'ethnicity'),
    gap('6', '10', 2024, 'disability'),
  ],
})

describe('the programme’s indicators, on a synthetic portal', () => {
  it('counts as participants the organisations with an adoption date or a published commitment', () => {
    expect(
      participants(content)
        .map((o) => o.id)
        .sort(),
    ).toEqual(['10', '7', '8'])
    expect(adoption(content)).toEqual({
      adopted: 3,
      aim: 100,
      byYear: [
        { year: 2024, joined: 1, cumulative: 1 },
        { year: 2025, joined: 2, cumulative: 3 },
      ],
      undated: 0,
    })
  })

  it('counts commitments by priority, stage and status at each year end and today', () => {
    const rows = commitmentsOverTime(content, new Date('2026-06-30T12:00:00Z'))
    expect(rows.sort((a, b) => `${a.asOf}${a.priority}${a.status}`.localeCompare(`${b.asOf}${b.priority}${b.status}`))).toEqual([
      { asOf: '2025-12-31', priority: 2, stage: 'data-gathering-and-reviewing', status: 'in-progress', commitments: 1 },
      { asOf: '2025-12-31', priority: 2, stage: 'data-gathering-and-reviewing', status: 'planned', commitments: 1 },
      { asOf: '2026-06-30', priority: 1, stage: 'strategy-planning-and-policy', status: 'in-progress', commitments: 1 },
      { asOf: '2026-06-30', priority: 2, stage: 'data-gathering-and-reviewing', status: 'complete', commitments: 1 },
      { asOf: '2026-06-30', priority: 2, stage: 'data-gathering-and-reviewing', status: 'in-progress', commitments: 1 },
    ])
  })

  it('counts a participant as publishing all three pay gaps only with all three for the same year', () => {
    const result = allThreePayGaps(content)
    expect(result.organisations.map((o) => o.id)).toEqual(['7'])
    expect(result.base).toBe(3)
    expect(result.years.get('7')).toEqual([2023])
    expect(result.share.estimate).toBeCloseTo(1 / 3, 10)
  })

  it('counts London Living Wage employers from step 2.4.1 at complete or embedded', () => {
    const result = livingWageEmployers(content)
    expect(result.organisations.map((o) => o.id)).toEqual(['7'])
    expect(result.base).toBe(3)
  })

  it('gives the share of grants to equalities-led organisations on those asked and answered', () => {
    // Three grants: 1,000 to an equalities-led recipient, 3,000 to one that is not, 500 not asked.
    const result = equalitiesLedFunding(content)
    expect(result.share.base).toEqual({ grants: 2, amount: 4000 })
    expect(result.byCount.estimate).toBe(0.5)
    expect(result.summary).toMatch(
      /^Of the 2 grants whose recipient was asked and answered .* \(out of 3 published\), 1 went to equalities-led organisations: 50% \(95% interval \d+% to \d+%\), and 25% of the amount\.$/,
    )
  })

  it('says so when no grant asked the question', () => {
    const notAsked = syntheticContent({
      grants: base.grants.map((g) => ({
        ...g,
        dei: { ...g.dei, leadership: { askedStatus: 'AS100', replyStatus: undefined, taxonomyCodes: [] } },
      })),
    })
    expect(equalitiesLedFunding(notAsked).summary).toBe(
      'None of the 3 grants published asked, and had answered, whether the recipient is led by communities facing inequity, so the share cannot be computed.',
    )
    expect(equalitiesLedFunding(syntheticContent({ grants: [] })).summary).toBe(
      'No grants data has been published on the portal yet, so the share cannot be computed.',
    )
  })
})
