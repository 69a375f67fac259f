import { openDataPackage, type DataPackage } from './openDataPackage'
import { SHAPE_SETS, describeResult, validateCatalogue } from './dcatShapes'

/**
 * The researcher's checks on a built site, wherever it is read from (the e2e
 * site server, or a build's folder): the DCAT catalogue against the DCAT-AP
 * 3.0.1 shapes, every dataset's data package opened on its own as
 * frictionless-py would, and every address in the metadata on the site's own
 * public address (never localhost).
 */
export type ReadBuilt = (path: string) => Promise<string>

export interface BuiltSiteReport {
  datasets: number
  packagesValid: number
  packageProblems: string[]
  shaclViolations: string[]
  /** Metadata files (catalogue, data packages, dataset pages' JSON-LD) and how often each names a loopback host other than the site's own address. */
  loopbackMentions: Record<string, number>
  /** The loopback addresses named, each once. */
  loopbackAddresses: string[]
}

interface Catalogue {
  'dcat:dataset': Array<{ 'dcat:landingPage': { '@id': string } }>
}

/** The JSON-LD blocks a dataset page embeds (schema.org Dataset). */
const jsonLdOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1])

export async function checkBuiltSite(read: ReadBuilt, siteUrl: string): Promise<BuiltSiteReport> {
  const catalogueText = await read('/data/catalog.jsonld')
  const catalogue = JSON.parse(catalogueText) as Catalogue
  const shaclViolations: string[] = []
  for (const files of Object.values(SHAPE_SETS))
    for (const r of await validateCatalogue(catalogue, files)) if (r.severity === 'Violation') shaclViolations.push(describeResult(r))

  const metadata: Record<string, string> = { '/data/catalog.jsonld': catalogueText }
  const packageProblems: string[] = []
  let packagesValid = 0
  const pages = catalogue['dcat:dataset'].map((d) => new URL(d['dcat:landingPage']['@id']).pathname)
  for (const page of pages) {
    const packagePath = `${page}datapackage.json`
    const packageText = await read(packagePath)
    metadata[packagePath] = packageText
    metadata[page] = jsonLdOf(await read(page)).join('\n')
    const opened = await openDataPackage(JSON.parse(packageText) as DataPackage, (path) => read(new URL(path, siteUrl).pathname))
    if (opened.problems.length === 0) packagesValid++
    packageProblems.push(...opened.problems)
  }
  const site = new URL(siteUrl).origin
  const loopbackMentions: Record<string, number> = {}
  const loopbackAddresses = new Set<string>()
  for (const [path, text] of Object.entries(metadata)) {
    // Each mention of a loopback host, other than the site's own address (the e2e site is served on 127.0.0.1).
    const mentions = [...text.matchAll(/(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?[^"\s<>\\]*/g)]
      .map((m) => m[0])
      .filter((address) => !address.startsWith(site))
    if (mentions.length > 0) loopbackMentions[path] = mentions.length
    for (const address of mentions) loopbackAddresses.add(address)
  }
  return {
    datasets: pages.length,
    packagesValid,
    packageProblems,
    shaclViolations,
    loopbackMentions,
    loopbackAddresses: [...loopbackAddresses],
  }
}
