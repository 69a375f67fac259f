import { describe, expect, inject, it } from 'vitest'
import { dcatShapesPresent } from '../support/dcatShapes'
import { checkBuiltSite } from '../support/builtSiteChecks'

/**
 * Issue 13's checks from outside, on the site the e2e setup built from real
 * published data (the GLA tables, a Gender Pay Gap Service year, workforce
 * profiles, 360Giving grants) and downloaded over HTTP as a researcher would:
 * every data package opens on its own, the catalogue has no DCAT-AP 3.0.1
 * violation, and no metadata names a loopback address other than the site's.
 */
const read = async (path: string) => {
  const response = await fetch(inject('siteUrl') + path)
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}

describe.runIf(dcatShapesPresent)('the built site’s open data, as a researcher downloads it', () => {
  it('every data package valid, zero SHACL violations, no loopback address but the site’s own', { timeout: 600_000 }, async () => {
    const report = await checkBuiltSite(read, inject('siteUrl'))
    console.log(
      `[open data] ${report.datasets} datasets, ${report.packagesValid} packages valid, ${report.shaclViolations.length} SHACL violations, loopback mentions ${JSON.stringify(report.loopbackMentions)}`,
    )
    expect(report.datasets).toBeGreaterThan(15)
    expect(report.shaclViolations).toEqual([])
    expect(report.packageProblems).toEqual([])
    expect(report.packagesValid).toBe(report.datasets)
    expect(report.loopbackAddresses).toEqual([])
  })
})
