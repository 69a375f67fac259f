import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Runs a build and measures each of its stages: the build prints a line
 * "[site] <stage>: <seconds> s" as each stage ends (scripts/build-site.ts), and
 * meanwhile the process tree is sampled from /proc, so each stage gets the peak
 * resident memory of the largest process seen while it ran. Stages inside the
 * Astro build (site/lib/buildTimings.ts) print their own peak. Linux only, as
 * the bench machine is.
 */
export interface StageFigure {
  stage: string
  seconds: number
  peakBytes: number
}

const SAMPLE_MS = 200
// "[site] astro build: 61.2 s", or a stage inside a process that measured its own peak: "[site] reading from Payload: 9.1 s, peak 640 MB".
const STAGE_LINE = /^\[site\] (.+?): ([\d.]+) s(?:, peak (\d+) MB)?/

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // The command name is in parentheses and may hold spaces; the parent pid is the second field after it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(name)])
    } catch {
      // The process ended while we looked.
    }
  }
  return children
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * The resident memory of the largest process in the tree under `root`, itself
 * included, and of all of them together (summed, so pages two processes share
 * count twice: an upper bound). The build runs its workbook step beside
 * Astro's (scripts/build-site.ts), so the largest process alone would hide
 * what the machine needs.
 */
export function memoryOfTree(root: number): { largest: number; together: number } {
  const children = childrenOf()
  let largest = 0
  let together = 0
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    const rss = residentBytes(pid)
    largest = Math.max(largest, rss)
    together += rss
    queue.push(...(children.get(pid) ?? []))
  }
  return { largest, together }
}

export async function measureStages(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakBytes: number; togetherPeakBytes: number; stages: StageFigure[]; stdout: string }> {
  const started = Date.now()
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] })
  const stages: StageFigure[] = []
  let stagePeak = 0
  let overallPeak = 0
  let togetherPeak = 0
  let stdout = ''
  let partial = ''
  const sampler = setInterval(() => {
    if (!child.pid) return
    const { largest, together } = memoryOfTree(child.pid)
    stagePeak = Math.max(stagePeak, largest)
    overallPeak = Math.max(overallPeak, largest)
    togetherPeak = Math.max(togetherPeak, together)
  }, SAMPLE_MS)
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      const stage = STAGE_LINE.exec(line)
      if (!stage) continue
      if (stage[3]) stages.push({ stage: stage[1]!, seconds: Number(stage[2]), peakBytes: Number(stage[3]) * 2 ** 20 })
      else {
        stages.push({ stage: stage[1]!, seconds: Number(stage[2]), peakBytes: stagePeak })
        stagePeak = 0
      }
    }
  })
  const code = await new Promise<number | null>((done) => child.on('close', done))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${stdout.slice(-2000)}`)
  return { seconds: (Date.now() - started) / 1000, peakBytes: overallPeak, togetherPeakBytes: togetherPeak, stages, stdout }
}
