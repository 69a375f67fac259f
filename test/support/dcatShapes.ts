import rdf from '@zazuko/env-node'
import jsonld from 'jsonld'
import { Parser, type Quad } from 'n3'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import SHACLValidator from 'rdf-validate-shacl'

/**
 * Validates a DCAT catalogue in JSON-LD against the DCAT-AP 3.0.1 SHACL shapes
 * as published (../shared/data/dcat/dcat-ap-3.0.1/): the release's shapes with
 * their class ranges (`shacl/`), and the shapes the specification's pages link
 * (`html-shacl/`: mandatory, recommended, ranges, deprecated terms and the EU
 * controlled vocabularies). JSON-LD contexts are loaded from ../shared only; a
 * context anywhere else fails the test instead of reaching the network.
 */
export const DCAT_AP_DIR = resolve('../shared/data/dcat/dcat-ap-3.0.1')
export const dcatShapesPresent = existsSync(resolve(DCAT_AP_DIR, 'shacl/dcat-ap-SHACL.ttl'))

export const SHAPE_SETS = {
  release: ['shacl/dcat-ap-SHACL.ttl', 'shacl/ranges.ttl'],
  specification: [
    'html-shacl/shapes.ttl',
    'html-shacl/shapes_recommended.ttl',
    'html-shacl/range.ttl',
    'html-shacl/deprecateduris.ttl',
    'html-shacl/mdr-vocabularies.shape.ttl',
  ],
} as const

const LOCAL_CONTEXTS: Record<string, string> = {
  'https://semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld': 'dcat-ap.context.jsonld',
}

const documentLoader = async (url: string) => {
  const local = LOCAL_CONTEXTS[url]
  if (!local) throw new Error(`JSON-LD context ${url} is not in ../shared; the test never loads one from the network`)
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(readFileSync(resolve(DCAT_AP_DIR, local), 'utf8')) }
}

function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser({ baseIRI }).parse(text)
}

export async function catalogueQuads(catalogue: unknown): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(
    catalogue as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader: documentLoader as never,
      safe: true,
    } as never,
  )) as unknown as string
  return new Parser({ format: 'N-Quads' }).parse(nquads)
}

export interface ShapeResult {
  severity: string
  focusNode: string
  path: string
  message: string
  shape: string
  value: string
}

const local = (term: { value: string } | null | undefined) => term?.value.replace(/^.*[#/]/, '') ?? ''

/** Every result of validating the catalogue against one set of shapes, violations and warnings, readable one per line. */
export async function validateCatalogue(catalogue: unknown, shapeFiles: readonly string[]): Promise<ShapeResult[]> {
  const shapes = rdf.dataset()
  for (const file of shapeFiles) for (const quad of parseTurtle(readFileSync(resolve(DCAT_AP_DIR, file), 'utf8'))) shapes.add(quad as never)
  const data = rdf.dataset()
  for (const quad of await catalogueQuads(catalogue)) data.add(quad as never)
  // The shapes import the vocabularies they reuse (DCAT, Dublin Core, the EU lists) from the web. They are
  // not loaded: the catalogue states the types and schemes of the terms it uses itself.
  const importGraph = () => rdf.dataset()
  const report = await new SHACLValidator(shapes, { factory: rdf, importGraph }).validate(data)
  return report.results.map((r) => ({
    severity: local(r.severity),
    focusNode: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    message: r.message.map((m) => m.value).join('; '),
    shape: r.sourceShape?.value ?? '',
    value: (r as unknown as { value?: { value: string } }).value?.value ?? '',
  }))
}

export const describeResult = (r: ShapeResult) =>
  `${r.severity}: ${r.focusNode} ${r.path}${r.value ? ` = ${r.value}` : ''}: ${r.message || r.shape}`
