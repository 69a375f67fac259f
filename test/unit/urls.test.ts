import { describe, expect, it } from 'vitest'
import { absoluteUrl, stepCodeFromParam, stepParam, urls } from '../../site/lib/urls'

describe('urls', () => {
  it('gives each dataset one family of addresses', () => {
    expect([
      urls.dataset('commitments'),
      urls.datasetCsv('commitments'),
      urls.datasetJson('commitments'),
      urls.datapackage('commitments'),
    ]).toEqual(['/data/commitments/', '/data/commitments.csv', '/data/commitments.json', '/data/commitments/datapackage.json'])
  })

  it('writes step codes with hyphens and reads them back', () => {
    expect(urls.step('3.10.1')).toBe('/plan/steps/3-10-1/')
    expect(stepCodeFromParam('3-10-1')).toBe('3.10.1')
    expect(stepCodeFromParam(stepParam('4.14.3'))).toBe('4.14.3')
  })

  it('pages the directory from page 2', () => {
    expect(urls.organisationsPage(1)).toBe('/organisations/')
    expect(urls.organisationsPage(3)).toBe('/organisations/page/3/')
  })

  it('makes absolute addresses from the site URL', () => {
    expect(absoluteUrl(urls.organisation('tfl'), new URL('https://data.example.org'))).toBe('https://data.example.org/organisations/tfl/')
  })
})
