import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { config } from '../../domain/config'
import { loadLocalAuthorities, normaliseAuthorityName } from '../../domain/reference/localAuthorities'
import { loadDistrictPlaces, placeFromText } from '../../domain/reference/postcodeDistricts'
import { loadSic2007, parseSicCodes, registerKey } from '../../domain/reference/sic2007'
import { sectorFromIndustry } from '../../domain/sectorFromIndustry'
import { BOROUGHS } from '../../domain/vocabulary'

/** The reference readers on the real files in ../shared/data (skipped, saying so, when absent). */
const GPG = resolve(config.referenceDataDir, 'gpg/gpg_london_2022-23.csv')
const have = (path: string) => {
  if (!existsSync(path)) console.warn(`Skipping: ${path} is absent (../shared/data).`)
  return existsSync(path)
}

describe('the local authority register', () => {
  it('normalises council names as the shared README says', () => {
    expect(normaliseAuthorityName('Camden London Borough Council')).toBe('camden')
    expect(normaliseAuthorityName('The London Borough Of Lewisham')).toBe('lewisham')
    expect(normaliseAuthorityName('London Borough of Hammersmith & Fulham')).toBe('hammersmith and fulham')
    expect(normaliseAuthorityName('Royal Borough of Greenwich')).toBe('greenwich')
  })

  it.runIf(have(config.localAuthoritiesDir))('recognises a council by any of its names, and nothing that is not one', () => {
    const register = loadLocalAuthorities()
    for (const name of ['Camden Council', 'London Borough of Camden', 'Camden London Borough Council', 'camden london boro'])
      expect(register.find(name), name).toMatchObject({ code: 'CMD', gssCode: 'E09000007' })
    expect(register.find('Barking and Dagenham Council')).toMatchObject({ code: 'BDG', gssCode: 'E09000002' })
    expect(register.find('City of London Corporation')).toMatchObject({ code: 'LND', gssCode: 'E09000001' })
    expect(register.find('Greater London Authority')).toMatchObject({ code: 'GLA', gssCode: 'E61000001' })
    expect(register.find('Westminster City Council')).toMatchObject({ code: 'WSM' })
    // Not councils, though they carry a borough's name.
    expect(register.find('Camden and Islington NHS Foundation Trust')).toBeUndefined()
    expect(register.find('Barking & Dagenham College')).toBeUndefined()
    expect(register.find('Camden')).toBeUndefined()
  })
})

describe('UK SIC 2007', () => {
  it('reads a SicCodes cell: newlines, dropped zeros, "1" for none', () => {
    expect(parseSicCodes('1,\n84110')).toEqual({ codes: ['84110'], unreadable: [] })
    expect(parseSicCodes('6100')).toEqual({ codes: ['06100'], unreadable: [] })
    expect(parseSicCodes('1')).toEqual({ codes: [], unreadable: [] })
    expect(parseSicCodes('35140,\n35230, x9')).toEqual({ codes: ['35140', '35230'], unreadable: ['x9'] })
    expect(registerKey('85200')).toBe('85.20')
    expect(registerKey('93199')).toBe('93.19/9')
  })

  it.runIf(have(config.sicDir))('walks every code to its division and section', () => {
    const sic = loadSic2007()
    expect(sic.industry('84110')).toMatchObject({ division: '84', section: 'O', name: 'General public administration activities' })
    expect(sic.industry('93199')).toMatchObject({ division: '93', section: 'R' })
    expect(sic.industry('06100')).toMatchObject({ division: '06', section: 'B' })
    expect(sic.industry('99999')).toEqual({ code: '99999', name: 'Dormant Company' })
    expect(sic.industry('00000')).toBeUndefined()
  })

  it.runIf(have(GPG) && have(config.sicDir) && have(config.localAuthoritiesDir))(
    'knows every code in the 2022-23 London file and gives at least 90% of its employers a sector',
    () => {
      const sic = loadSic2007()
      const register = loadLocalAuthorities()
      const rows = parse(readFileSync(GPG, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
      let classified = 0
      const unknown: string[] = []
      for (const row of rows) {
        const { codes, unreadable } = parseSicCodes(row.SicCodes)
        expect(unreadable, row.EmployerName).toEqual([])
        const industries = codes.map((c) => sic.industry(c))
        unknown.push(...codes.filter((_, i) => !industries[i]))
        const council = register.find(row.CurrentName)
        const { sector } = sectorFromIndustry(
          industries.filter((i) => i !== undefined),
          row.CurrentName,
          Boolean(council),
        )
        if (sector !== 'other') classified++
      }
      expect(unknown).toEqual([])
      expect(classified / rows.length).toBeGreaterThanOrEqual(0.9)
    },
  )

  it('maps sections to the portal’s sectors', () => {
    const i = (code: string, section: string, division = code.slice(0, 2)) => ({ code, name: code, section, division })
    expect(sectorFromIndustry([i('84110', 'O')], 'London Borough of Camden', true).sector).toBe('local-government')
    expect(sectorFromIndustry([i('84120', 'O'), i('86210', 'Q')], 'Lewisham And Greenwich Nhs Trust', false).sector).toBe('health')
    expect(sectorFromIndustry([i('85320', 'P')], 'Barking & Dagenham College', false).sector).toBe('education')
    expect(sectorFromIndustry([i('94200', 'S')], 'UNISON', false).sector).toBe('trade-unions')
    expect(sectorFromIndustry([i('84110', 'O')], 'Ofcom', false)).toEqual({ sector: 'other', sectorOther: 'Public administration' })
    expect(sectorFromIndustry([i('70100', 'M')], 'AMWINS GLOBAL RISKS GROUP LIMITED', false).sector).toBe('business')
    expect(sectorFromIndustry([], 'Crossrail International', false).sector).toBe('other')
  })
})

describe('postcode districts', () => {
  it.runIf(have(config.postcodeDistrictsFile))(
    'map every London district in the lookup to its borough, and say when one is outside London',
    () => {
      const places = loadDistrictPlaces()
      const rows = parse(readFileSync(config.postcodeDistrictsFile, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
      const slugs = new Set(BOROUGHS.map((b) => b.value))
      expect(places.size).toBe(rows.length)
      for (const row of rows) {
        const place = places.get(row.Postcode)
        expect(place, row.Postcode).toBeDefined()
        if (row['UK region'] === 'London' && row.Region !== 'South Buckinghamshire') {
          expect(place!.inLondon, row.Postcode).toBe(true)
          expect(slugs.has(place!.borough!), `${row.Postcode} -> ${place!.borough}`).toBe(true)
        }
        if (place!.inLondon) expect(slugs.has(place!.borough!), row.Postcode).toBe(true)
        else expect(place!.borough, row.Postcode).toBeUndefined()
      }
      expect(placeFromText('Riverside House, 2a Southwark Bridge Road, London, SE1 9HA', places)).toMatchObject({ borough: 'southwark' })
      expect(placeFromText('EC1N 2HT', places)).toMatchObject({ borough: 'camden' })
      expect(placeFromText('DA1 1AA', places)).toMatchObject({ inLondon: false, authority: 'Dartford' })
      // Outside the lookup's 19 areas: outside London, its authority not known (a Hull refugee charity's address).
      expect(placeFromText('HU1 3TG', places)).toEqual({ inLondon: false, region: 'outside the London postcode areas' })
      expect(placeFromText('SE1 9HA', new Map())).toBeUndefined()
      expect(places.get('W1M')).toMatchObject({ borough: 'westminster' })
    },
  )
})

describe('a grant’s location', () => {
  it.runIf(have(config.postcodeDistrictsFile))('comes from its beneficiary location, else its recipient’s postcode', async () => {
    const { grantLocation } = await import('../../domain/grantLocation')
    const places = loadDistrictPlaces()
    expect(grantLocation([{ name: 'Greater London' }], 'PE1 1XX', places)).toEqual({ inLondon: 'yes', basis: 'beneficiary location' })
    expect(grantLocation([{ name: 'Hackney' }], undefined, places)).toMatchObject({ inLondon: 'yes', borough: 'hackney' })
    expect(grantLocation([{ name: 'Peterborough', geoCode: 'E06000031' }], 'N1 9GU', places)).toMatchObject({ inLondon: 'no' })
    expect(grantLocation([{ name: 'UK Wide' }], 'WC2A 1JF', places)).toMatchObject({ inLondon: 'no', basis: 'beneficiary location' })
    expect(grantLocation([{ geoCode: 'E09000007' }], undefined, places)).toMatchObject({ inLondon: 'yes' })
    // No beneficiary location: the recipient's address decides; Peterborough (PE) is not a London postcode area.
    expect(grantLocation([], 'PE1 1XX', places)).toEqual({ inLondon: 'no', basis: 'recipient address' })
    expect(grantLocation(undefined, 'E8 1DY', places)).toEqual({ inLondon: 'yes', borough: 'hackney', basis: 'recipient address' })
    expect(grantLocation([], undefined, places)).toEqual({ inLondon: 'not-known', basis: 'none' })
  })

  it.runIf(have(resolve(config.referenceDataDir, '360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json')))(
    'places every grant of the real published file, and none in Peterborough in London',
    async () => {
      const { grantLocation } = await import('../../domain/grantLocation')
      const places = loadDistrictPlaces()
      const file = resolve(config.referenceDataDir, '360giving/published/ABCharitableTrust_a001p00000zgyHZAAY.json')
      const { grants } = JSON.parse(readFileSync(file, 'utf8')) as {
        grants: Array<{
          beneficiaryLocation?: Array<{ name?: string }>
          recipientOrganization: Array<{ name?: string; postalCode?: string }>
        }>
      }
      const located = grants.map((g) => ({ g, at: grantLocation(g.beneficiaryLocation, g.recipientOrganization[0]?.postalCode, places) }))
      // The grants to PARCA, a Peterborough charity (PE1 3QH).
      const peterborough = located.filter(({ g }) => /^PE\d/.test(g.recipientOrganization[0]?.postalCode ?? ''))
      expect(peterborough.length).toBeGreaterThanOrEqual(3)
      expect(peterborough.map(({ at }) => at.inLondon)).toEqual(peterborough.map(() => 'no'))
      const london = located.filter(({ at }) => at.inLondon === 'yes').length
      // 114 "London" and 85 "Greater London" beneficiary locations, and more by borough.
      expect(london).toBeGreaterThanOrEqual(199)
      expect(london).toBeLessThan(grants.length / 2)
    },
  )
})

describe('Census 2021 ethnicity', () => {
  it.runIf(have(config.censusEthnicityFile))('sums the 19 categories into the five groups, for London and for one authority', async () => {
    const { areaEthnicity, comparisonPopulation, londonEthnicity } = await import('../../domain/reference/censusPopulation')
    const london = londonEthnicity()!
    expect(london.shares.reduce((s, g) => s + g.people, 0)).toBe(8_799_736)
    expect(london.shares.find((g) => g.group === 'white')).toMatchObject({ people: 4_731_172 })
    const calderdale = areaEthnicity('E08000033')!
    expect(calderdale.area).toBe('Calderdale')
    expect(calderdale.shares.find((g) => g.group === 'white')!.share.toFixed(1)).toBe('86.1')
    expect(areaEthnicity('Leeds')?.code).toBe('E08000035')
    // Compared with London only when in London; outside, with its own authority; unknown, with nothing.
    expect(comparisonPopulation({ inLondon: 'yes' })?.area).toBe('London')
    expect(comparisonPopulation({ inLondon: 'no', localAuthority: 'Dartford' })?.area).toBe('Dartford')
    expect(comparisonPopulation({ inLondon: 'not-known' })).toBeNull()
  })
})
