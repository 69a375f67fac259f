import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { config } from '../domain/config'

const MIN_LENGTH = 32

/**
 * The secret that signs sessions. Production must supply PAYLOAD_SECRET; in
 * development one is generated on first start and kept in the git-ignored .data/
 * folder so that sessions survive restarts.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env, secretFile = resolve(config.dataDir, 'payload-secret')): string {
  const given = env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') {
    if (!given || given.length < MIN_LENGTH) {
      throw new Error(
        `PAYLOAD_SECRET must be set to a random string of at least ${MIN_LENGTH} characters in production; refusing to start. ` +
          'Generate one with: openssl rand -hex 32',
      )
    }
    return given
  }
  if (given) return given
  if (existsSync(secretFile)) return readFileSync(secretFile, 'utf8').trim()
  const generated = randomBytes(32).toString('hex')
  mkdirSync(dirname(secretFile), { recursive: true })
  writeFileSync(secretFile, generated + '\n', { mode: 0o600 })
  return generated
}
