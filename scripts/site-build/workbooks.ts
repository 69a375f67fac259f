import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { ROUTE_MANIFEST_PATH, readRouteManifest, writeRouteManifest } from '../../site/integrations/routeManifest'
import { WORKBOOKS } from '../../site/lib/buildScope'
import { moveFiles } from './carryOver'
import { exited } from './exited'

/**
 * The workbook step (scripts/write-workbooks.ts), started beside Astro's: its
 * files are written to a folder of their own, since Astro empties its output
 * folder, and moved into the new site when both are done (`takeWorkbooks`).
 */
export interface Workbooks {
  done: Promise<void>
  stop: () => void
}

export function startWorkbooks(folder: string, env: NodeJS.ProcessEnv): Workbooks {
  rmSync(folder, { recursive: true, force: true })
  // Its own process group, so that stopping it stops tsx's node as well as npx.
  const child = spawn('npx', ['tsx', 'scripts/write-workbooks.ts', folder], { stdio: 'inherit', env, detached: true })
  const done = exited(child, 'workbooks')
  // Awaited once Astro's step has ended; until then a failure must not go unhandled.
  done.catch(() => undefined)
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already ended
    }
  }
  // Its own process group does not hear a signal meant for the build, so one is passed on, then acted on as it would have been.
  const passOn = (signal: NodeJS.Signals) => {
    stop()
    process.off('SIGINT', passOn).off('SIGTERM', passOn)
    process.kill(process.pid, signal)
  }
  process.on('SIGINT', passOn).on('SIGTERM', passOn)
  child.on('exit', () => process.off('SIGINT', passOn).off('SIGTERM', passOn))
  return { done, stop }
}

/** Moves the workbooks into the new site and lists them in its route manifest, as Astro lists the files of its pages. */
export function takeWorkbooks(folder: string, staging: string): void {
  const files = moveFiles(folder, staging)
  rmSync(folder, { recursive: true, force: true })
  const manifest = readRouteManifest(staging)
  if (!manifest) throw new Error(`the Astro build wrote no ${ROUTE_MANIFEST_PATH}; the live site is unchanged.`)
  writeRouteManifest(staging, { ...manifest, [WORKBOOKS]: files })
}
