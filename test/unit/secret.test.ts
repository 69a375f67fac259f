import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolvePayloadSecret } from '../../cms/secret'

const file = () => join(mkdtempSync(join(tmpdir(), 'secret-')), 'payload-secret')

describe('resolvePayloadSecret', () => {
  it('refuses to start in production without PAYLOAD_SECRET, or with a short one', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, file())).toThrow(/PAYLOAD_SECRET must be set/)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, file())).toThrow(/at least 32/)
  })

  it('never generates a secret in production', () => {
    const path = file()
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, path)).toThrow()
    expect(existsSync(path)).toBe(false)
  })

  it('uses the given secret', () => {
    const secret = 'x'.repeat(40)
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }, file())).toBe(secret)
  })

  it('in development generates one once, private to the owner, and reuses it', () => {
    const path = file()
    const first = resolvePayloadSecret({ NODE_ENV: 'development' }, path)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(statSync(path).mode & 0o077).toBe(0)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' }, path)).toBe(first)
    expect(readFileSync(path, 'utf8').trim()).toBe(first)
  })
})
