import { spawnSync } from 'node:child_process'

/** Bytes as megabytes, one decimal. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Runs a command under python3, whose getrusage(RUSAGE_CHILDREN) gives the peak resident memory of the largest process below it. */
export function measured(command: string[], env: NodeJS.ProcessEnv, stderr: 'inherit' | 'ignore' = 'inherit') {
  const started = Date.now()
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import resource,subprocess,sys; r=subprocess.run(sys.argv[1:]); u=resource.getrusage(resource.RUSAGE_CHILDREN); print("MAXRSS_KB", u.ru_maxrss); print("CPU_S", u.ru_utime+u.ru_stime); sys.exit(r.returncode)',
      ...command,
    ],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', stderr], maxBuffer: 64 * 1024 * 1024 },
  )
  const seconds = (Date.now() - started) / 1000
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${run.status}): ${run.stdout.slice(-2000)}`)
  return {
    seconds,
    stdout: run.stdout,
    peakKb: Number(/MAXRSS_KB (\d+)/.exec(run.stdout)?.[1] ?? 0),
    cpuSeconds: Number(/CPU_S ([\d.]+)/.exec(run.stdout)?.[1] ?? 0),
  }
}

/**
 * Runs `npm run import -- <kind> <file>` and returns the whole command's seconds,
 * the import's own seconds (after Payload has started; the command prints
 * "took"), the CPU seconds it used (robust when the machine is shared), rows
 * read and peak memory.
 */
export function timedImport(env: NodeJS.ProcessEnv, kind: 'gpg' | 'grants', file: string) {
  const run = measured(['npm', 'run', '--silent', 'import', '--', kind, file], env, 'ignore')
  return {
    ...run,
    rows: Number(/(\d+) rows read/.exec(run.stdout)?.[1] ?? 0),
    importSeconds: Number(/took ([\d.]+) s/.exec(run.stdout)?.[1] ?? run.seconds),
  }
}
