import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { decode } from 'cbor2'

/**
 * The search's filter list, written at build time from Pagefind's own index:
 * every filter group with each value and how many pages carry it. The search
 * UI offers these before any filter chunk loads, and a search loads the chunk
 * of a group only when it filters by that group; so no filter is ever missing
 * from the list (Pagefind's own UI showed the groups loaded by the time a
 * search answered, or loaded every chunk first: 860 KB at 20,000 organisations).
 *
 * Pagefind's files are gzip, then a "pagefind_dcd" signature, then CBOR (as
 * pagefind.js decompresses them). The meta file is [version, pages, index
 * chunks, filters: [name, chunk hash][], ...] and a filter chunk [name,
 * [value, page numbers][]]. Written against Pagefind 1.x; the e2e test compares
 * the list with what Pagefind's runtime reports, so a format change fails there.
 */
export type FilterList = Record<string, Record<string, number>>

export const FILTER_LIST_FILE = 'filter-list.json'
const SIGNATURE = 'pagefind_dcd'

function readPagefindFile(path: string): unknown {
  let bytes: Buffer
  try {
    bytes = gunzipSync(readFileSync(path))
  } catch (error) {
    throw new Error(`${path}: not a Pagefind index file (${(error as Error).message}; Pagefind writes its files gzipped)`)
  }
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`${path}: not a Pagefind index file (expected the "${SIGNATURE}" signature after decompressing)`)
  return decode(bytes.subarray(SIGNATURE.length))
}

function filterChunks(pagefindDir: string): Array<[string, string]> {
  const metaFiles = readdirSync(pagefindDir).filter((f) => f.endsWith('.pf_meta'))
  if (metaFiles.length !== 1) throw new Error(`${pagefindDir}: expected one Pagefind meta file (one language), found ${metaFiles.length}`)
  const meta = readPagefindFile(join(pagefindDir, metaFiles[0]))
  const filters = Array.isArray(meta) ? meta[3] : undefined
  if (!Array.isArray(filters) || filters.some((f) => !Array.isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string'))
    throw new Error(`${metaFiles[0]}: expected its fourth field to list filters as [name, chunk hash]`)
  return filters as Array<[string, string]>
}

/** Every filter group of the Pagefind index in `pagefindDir`, its values sorted, with page counts. */
export function readFilterList(pagefindDir: string): FilterList {
  const list: FilterList = {}
  for (const [name, hash] of filterChunks(pagefindDir)) {
    const chunk = readPagefindFile(join(pagefindDir, 'filter', `${hash}.pf_filter`))
    const values = Array.isArray(chunk) ? chunk[1] : undefined
    if (!Array.isArray(values)) throw new Error(`filter/${hash}.pf_filter (${name}): expected [name, [value, pages][]]`)
    const group: Record<string, number> = {}
    for (const [value, pages] of [...(values as Array<[string, number[]]>)].sort(([a], [b]) => a.localeCompare(b, 'en-GB')))
      group[value] = pages.length
    list[name] = group
  }
  return list
}

/** Writes the list beside the index, where the search UI fetches it (`urls.searchFilterList()`). */
export function writeFilterList(pagefindDir: string): FilterList {
  const list = readFilterList(pagefindDir)
  writeFileSync(join(pagefindDir, FILTER_LIST_FILE), JSON.stringify(list))
  return list
}
