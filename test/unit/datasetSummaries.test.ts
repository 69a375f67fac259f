import { describe, expect, it } from 'vitest'
import { datasetSpecs } from '../../site/lib/datasets/registry'
import { summariseRows } from '../../site/lib/datasets/summaries'
import { syntheticContent } from './syntheticContent'

/**
 * An incremental build states the datasets it does not render from the live
 * site's summaries, read back from JSON (site/lib/datasets/summaries.ts); the
 * catalogue and data page it writes must equal a full build's, so a summary
 * must survive the round trip unchanged, rights statements and periods included.
 */
const content = syntheticContent()

describe('dataset summaries', () => {
  it.each(datasetSpecs(content).map((spec) => [spec.slug, spec] as const))('%s survives JSON unchanged', (_slug, spec) => {
    const summary = summariseRows(spec, spec.rows(content))
    expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary)
  })

  it('states rights and a period where the rows give them', () => {
    const payGaps = datasetSpecs(content).find((d) => d.slug === 'pay-gaps')!
    const summary = summariseRows(payGaps, payGaps.rows(content))
    expect(summary.rowCount).toBeGreaterThan(0)
    expect(summary.temporal).toEqual({ start: expect.any(String), end: expect.any(String) })
    expect(summary.rights.licences.length).toBeGreaterThan(0)
  })
})
