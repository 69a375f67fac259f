import { describe, expect, it } from 'vitest'
import { keyNames, matchNames, wordsOf } from '../../domain/nameMatch'

const employers = keyNames(
  [
    'Transport for London',
    'Greater London Authority (GLA)',
    'London Borough of Camden',
    'Transport UK London Bus Limited',
    'Airport Parking Ltd',
    'TBG Flex Limited',
    'Marks & Spencer plc',
    'Café Nero Group Ltd',
    'St George’s University of London',
  ].map((name) => ({ name, slug: wordsOf(name).join('-') })),
)
const names = (query: string) => matchNames(query, employers).map((e) => e.name)

describe('matchNames (the employer search)', () => {
  it('matches the start of words, never letters inside another word', () => {
    expect(names('port')).toEqual([])
    expect(names('trans')).toEqual(['Transport for London', 'Transport UK London Bus Limited'])
    expect(names('trans lon')).toEqual(['Transport for London', 'Transport UK London Bus Limited'])
    expect(names('bus')).toEqual(['Transport UK London Bus Limited'])
  })

  it('finds a name by its initials or the abbreviation in its brackets, first', () => {
    expect(names('TfL')).toEqual(['Transport for London'])
    expect(names('tf')).toEqual(['TBG Flex Limited'])
    expect(names('gla')).toEqual(['Greater London Authority (GLA)'])
    expect(names('LBC')).toEqual(['London Borough of Camden'])
  })

  it('puts names that start with the query before names that contain it as a later word', () => {
    expect(names('london')).toEqual([
      'London Borough of Camden',
      'Greater London Authority (GLA)',
      'St George’s University of London',
      'Transport for London',
      'Transport UK London Bus Limited',
    ])
  })

  it('ignores case, accents, apostrophes and "&"', () => {
    expect(names('cafe')).toEqual(['Café Nero Group Ltd'])
    expect(names('georges')).toEqual(['St George’s University of London'])
    expect(names('marks and')).toEqual(['Marks & Spencer plc'])
  })

  it('returns nothing for nothing typed, and at most the limit', () => {
    expect(names('  ')).toEqual([])
    expect(matchNames('l', employers, 2)).toHaveLength(2)
  })
})
