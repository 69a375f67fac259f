import { copyFile, link, mkdir } from 'node:fs/promises'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { ROUTE_MANIFEST_PATH, readRouteManifest, writeRouteManifest, type RouteManifest } from '../../site/integrations/routeManifest'
import { ROUTE_SCOPES, STEP_SCOPES, touches } from '../../site/lib/buildScope'
import type { ContentKey } from '../../site/loaders/contentCollections'

/**
 * What an incremental build takes from the live site rather than render: for
 * every page of site/pages (and the workbooks) that lib/buildScope.ts says the
 * change does not touch in full (it shows none of the changed content, or is
 * one file per organisation or dataset and only the changed ones are
 * rendered), each file the live build produced that this one does not. A page
 * the change touches in full is rendered in full, so a file of it missing now
 * is gone.
 *
 * Files are hard links to the live ones (copied where the two are on
 * different disks): safe because no build ever writes a live file in place.
 * A link is a system call per file, about 85 µs on the bench machine, and at
 * 20,000 organisations a change takes about 70,000 files (8 s), so the links
 * are made while Astro renders (`startCarryOver`), into a folder of their own,
 * on the threads Node keeps for file work; Astro's files are then moved over
 * them (`takeRendered`), replacing the live copy of every file it rendered.
 */
export interface CarryOver {
  /** Where the live files are linked. */
  folder: string
  /** Per page, the live files this build may take. */
  takeable: RouteManifest
  /** Settles once every link is made, with the seconds it took. */
  linked: Promise<number>
  /** Makes no more links (the build failed). */
  stop: () => void
}

/** Links in flight at once: enough to keep the file threads busy, few enough not to queue 70,000 at a time. */
const LINKS_AT_ONCE = 16

export function startCarryOver(live: string, folder: string, changed: ReadonlySet<ContentKey>): CarryOver {
  const liveRoutes = readRouteManifest(live)
  if (!liveRoutes) throw new Error(`incremental build: the live site has no ${ROUTE_MANIFEST_PATH} to build on; run a full build.`)
  const takeable: RouteManifest = {}
  for (const [page, files] of Object.entries(liveRoutes)) {
    const route = ROUTE_SCOPES[page] ?? STEP_SCOPES[page]
    if (!route) continue // the page no longer exists
    if (!route.perOrganisation && !route.perDataset && touches(route.shows, changed)) continue
    takeable[page] = files
  }
  // The search index too: the previous one serves until the build refreshes it over the new pages.
  if (!existsSync(resolve(live, 'pagefind')))
    throw new Error('incremental build: the live site has no search index (pagefind/); run a full build.')
  const pagefind = filesUnder(resolve(live, 'pagefind')).map((file) => `pagefind/${file}`)
  const files = [...new Set([...Object.values(takeable).flat(), ...pagefind])]
  rmSync(folder, { recursive: true, force: true })
  const started = Date.now()
  const progress = { stopped: false }
  const linked = linkAll(live, folder, files, progress).then(() => (Date.now() - started) / 1000)
  // Awaited after Astro's step; until then a failure must not go unhandled.
  linked.catch(() => undefined)
  return { folder, takeable, linked, stop: () => (progress.stopped = true) }
}

async function linkAll(live: string, folder: string, files: readonly string[], progress: { stopped: boolean }): Promise<void> {
  const folders = new Map<string, Promise<unknown>>()
  const folderFor = (file: string) => {
    const dir = dirname(resolve(folder, file))
    if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }))
    return folders.get(dir)!
  }
  let next = 0
  const linkNext = async (): Promise<void> => {
    while (next < files.length && !progress.stopped) {
      const file = files[next++]!
      await folderFor(file)
      await linkOrCopy(resolve(live, file), resolve(folder, file), file)
    }
  }
  // One failure stops the others, so none is still linking once the build has given up.
  const workers = Array.from({ length: LINKS_AT_ONCE }, () =>
    linkNext().catch((error: unknown) => {
      progress.stopped = true
      throw error
    }),
  )
  const failed = (await Promise.allSettled(workers)).find((w) => w.status === 'rejected')
  if (failed) throw failed.reason
}

async function linkOrCopy(from: string, to: string, file: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException
    // The folder was made first, so a missing path is the live file.
    if (code === 'ENOENT') throw new Error(`incremental build: the live site has no ${file}; run a full build.`)
    if (code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

/**
 * Once Astro's step (and the workbooks) are done and the links made: moves
 * every file the build rendered over its live copy, lists what was taken in the
 * route manifest, and puts the whole in place of `staging`. Returns how many
 * live files were taken.
 */
export function takeRendered(staging: string, carryOver: CarryOver): number {
  const built = readRouteManifest(staging)
  if (!built) throw new Error(`the Astro build wrote no ${ROUTE_MANIFEST_PATH}; the live site is unchanged.`)
  moveFiles(staging, carryOver.folder)
  const merged: RouteManifest = { ...built }
  let taken = 0
  for (const [page, files] of Object.entries(carryOver.takeable)) {
    const rendered = new Set(built[page] ?? [])
    for (const file of files) {
      if (rendered.has(file)) continue
      rendered.add(file)
      taken++
    }
    merged[page] = [...rendered]
  }
  writeRouteManifest(carryOver.folder, merged)
  rmSync(staging, { recursive: true, force: true })
  renameSync(carryOver.folder, staging)
  return taken
}

/** Moves every file under `from` to the same place under `to`, replacing what is there; returns them, relative to the folders. */
export function moveFiles(from: string, to: string): string[] {
  const files = filesUnder(from)
  const madeFolders = new Set<string>()
  for (const file of files) {
    const target = resolve(to, file)
    if (!madeFolders.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true })
      madeFolders.add(dirname(target))
    }
    renameSync(resolve(from, file), target)
  }
  return files
}

/** Every file under `dir`, relative to it. */
export const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, resolve(e.parentPath, e.name)))
