import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMPORTERS } from '../../cms/importers/registry'
import { createTestPayload } from './harness'

// Synthetic series: made up for the test, no real survey or indicator.
const dir = mkdtempSync(join(tmpdir(), 'fairer-city-levels-'))
const file = (name: string, lines: string[]) => {
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\r\n')}\r\n`)
  return path
}

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await createTestPayload())
})
afterAll(async () => cleanup?.())

describe.sequential('the level-1 and level-2 templates, through the import pipeline', () => {
  it('imports survey waves with their sample sizes and rejects a bad row naming its cell', async () => {
    const path = file('survey.csv', [
      'question,priority,wave,date,group,value,unit,sample_size,design_effect,source,source_url,notes',
      'Synthetic question: I can see a change,1,Wave 1,31/10/2025,,40,percent,1000,1.2,Synthetic survey,,synthetic',
      'Synthetic question: I can see a change,1,Wave 2,30/04/2026,,46,percent,1000,1.2,Synthetic survey,,synthetic',
      'Synthetic question: I can see a change,1,Wave 2,30/04/2026,Disabled Londoners,38,percent,180,,Synthetic survey,,synthetic',
      'Synthetic question: I can see a change,1,Wave 3,31/10/2026,,47,percent,,,Synthetic survey,,no sample size',
    ])
    const summary = await IMPORTERS['survey-results-template'].run(payload, path, { acceptPartial: true })
    expect(summary).toMatchObject({ rows: 4, created: 3 })
    expect(summary.rejected.map((p) => [p.row, p.column])).toEqual([[4, 'sample_size']])
    expect(summary.rejected[0].message).toBe('expected a value (the column is required).')
    const { docs } = await payload.find({ collection: 'survey-results', depth: 0, limit: 10 })
    docs.sort((a, b) => a.date.localeCompare(b.date) || String(a.group).localeCompare(String(b.group)))
    expect(docs.map((d) => [d.period, d.group, d.value, d.sampleSize, d.designEffect])).toEqual([
      ['Wave 1', 'All Londoners', 40, 1000, 1.2],
      ['Wave 2', 'All Londoners', 46, 1000, 1.2],
      ['Wave 2', 'Disabled Londoners', 38, 180, null],
    ])
    // A UK date stays that date.
    expect(docs[0].date.slice(0, 10)).toBe('2025-10-31')
    expect(await IMPORTERS['survey-results-template'].run(payload, path, { acceptPartial: true })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    })
  })

  it('imports city-wide indicators without a sample size, and rejects a percentage over 100 naming its cell', async () => {
    const path = file('indicators.csv', [
      'indicator,priority,period,date,group,value,unit,sample_size,design_effect,source,source_url,notes',
      'Synthetic indicator,2,2023-24,2024-03-31,,21,percent,,,Synthetic source,https://www.example.org/a,',
      'Synthetic indicator,2,2024-25,2025-03-31,,19.5,percent,,,Synthetic source,https://www.example.org/a,',
      'Synthetic indicator,2,2025-26,2026-03-31,,119.5,percent,,,Synthetic source,https://www.example.org/a,',
      'Synthetic count,3,2024-25,2025-03-31,,1200,count,,,Synthetic source,not a link,',
    ])
    const summary = await IMPORTERS['city-indicators-template'].run(payload, path, { acceptPartial: true })
    expect(summary).toMatchObject({ rows: 4, created: 2 })
    expect(summary.rejected.map((p) => [p.row, p.column])).toEqual([
      [3, 'value'],
      [4, 'source_url'],
    ])
    expect(summary.rejected[0].message).toBe('expected a percentage between 0 and 100 (the unit is percent), got 119.5.')
  })

  it('refuses a file without a required column, storing nothing', async () => {
    const path = file('no-unit.csv', ['indicator,priority,period,date,value,source', 'Synthetic,1,2024,2024-12-31,3,Synthetic'])
    await expect(IMPORTERS['city-indicators-template'].run(payload, path)).rejects.toThrow(/unit/)
  })

  it('refuses in the CMS what the template refuses: a percentage over 100', async () => {
    const refused = await payload
      .create({
        collection: 'city-indicators',
        data: { measure: 'Synthetic', priority: 1, period: '2024', date: '2024-12-31', value: 101, unit: 'percent', source: 'Synthetic' },
        context: { disableSiteRebuild: true },
      })
      .then(
        () => undefined,
        (error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error.data?.errors,
      )
    expect(refused).toEqual([expect.objectContaining({ path: 'value', message: 'A percentage is between 0 and 100.' })])
  })
})
