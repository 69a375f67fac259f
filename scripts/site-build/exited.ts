import type { ChildProcess } from 'node:child_process'

/** Settles when a build step's process ends: rejects, naming the step, unless it exited with 0. */
export function exited(child: ChildProcess, label: string): Promise<void> {
  return new Promise((done, fail) => {
    child.on('error', (error) => fail(new Error(`${label} failed to start (${error.message}); the live site is unchanged.`)))
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${label} failed (exit ${code ?? signal}); the live site is unchanged.`)),
    )
  })
}
