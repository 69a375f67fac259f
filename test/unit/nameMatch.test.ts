import { describe, expect, it } from 'vitest'
import { abbreviationsOf, nameMatchRank } from '../../domain/nameMatch'

describe('finding an organisation by name', () => {
  it('finds by abbreviation, ranked above a word match', () => {
    expect(abbreviationsOf('Transport for London')).toEqual(expect.arrayContaining(['tfl', 'tl']))
    expect(nameMatchRank('Transport for London', 'TfL')).toBe(2)
    expect(nameMatchRank('Greater London Authority', 'GLA')).toBe(2)
    expect(nameMatchRank('Barts Health NHS Trust', 'NHS')).toBe(2)
    expect(nameMatchRank('NHS England', 'nhs')).toBe(2)
  })
  it('matches the start of words, never letters inside a word', () => {
    expect(nameMatchRank('NETFLIX SERVICES UK LIMITED', 'TfL')).toBe(0)
    // Legal forms are not initials, and an abbreviation known to be in use ranks above made-up initials.
    expect(nameMatchRank('TBG FLEX LIMITED', 'TfL')).toBe(0)
    expect(nameMatchRank('Transport for London', 'TfL', ['TfL'])).toBe(3)
    expect(nameMatchRank('Transport for London', 'trans')).toBe(1)
    expect(nameMatchRank('Transport for London', 'london trans')).toBe(0)
    expect(nameMatchRank('Transport for London', 'transport lon')).toBe(1)
    expect(nameMatchRank('Lambeth Council', 'beth')).toBe(0)
    expect(nameMatchRank('Café Rouge', 'cafe')).toBe(1)
  })
})

describe('the home page counts', () => {
  it('counts organisations taking part apart from those known only from published data', async () => {
    const { organisationCounts } = await import('../../site/lib/homeCounts')
    const organisations = [
      { id: 'adopted', adoptedPlanOn: '2023-01-01' },
      { id: 'committed', adoptedPlanOn: null },
      { id: 'employer', adoptedPlanOn: null },
      { id: 'recipient' },
    ]
    expect(organisationCounts(organisations, [{ organisation: 'committed' }, { organisation: 'committed' }])).toEqual({
      takingPart: 2,
      withCommitments: 1,
      fromPublishedDataOnly: 2,
    })
  })
})
