import { describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { emailSettingsFromEnvironment, messageText, portalEmailAdapter } from '../../cms/email'
import { graphqlToolsEnabled } from '../../cms/lib/graphqlTools'

const resetMessage = {
  to: 'reporter@example.test',
  subject: 'Reset your password',
  html: 'You are receiving this because you asked. <a href="http://localhost:3000/admin/reset/abc123">http://localhost:3000/admin/reset/abc123</a> If you did not, ignore it.',
}

describe('the email adapter', () => {
  it('reads SMTP settings from the environment, with TLS from the start on port 465', () => {
    expect(emailSettingsFromEnvironment({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465' })).toMatchObject({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
    })
    expect(emailSettingsFromEnvironment({})).toMatchObject({ host: undefined, port: 587, secure: false, production: false })
  })

  it('prints a message with its links in development, when no SMTP server is set', async () => {
    const printed: string[] = []
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line))
    const logger = { error: vi.fn() }
    try {
      const adapter = portalEmailAdapter(emailSettingsFromEnvironment({}))({ payload: { logger } as unknown as Payload })
      expect(adapter.name).toBe('console')
      await adapter.sendEmail(resetMessage)
    } finally {
      spy.mockRestore()
    }
    expect(printed.join('\n')).toContain('http://localhost:3000/admin/reset/abc123')
    expect(printed.join('\n')).toContain('To: reporter@example.test')
  })

  it('in production without SMTP, sends nothing and logs that, never the message', async () => {
    const logger = { error: vi.fn() }
    const adapter = portalEmailAdapter(emailSettingsFromEnvironment({ NODE_ENV: 'production' }))({
      payload: { logger } as unknown as Payload,
    })
    await adapter.sendEmail(resetMessage)
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/Not sent to reporter@example\.test .*set SMTP_HOST/))
    expect(JSON.stringify(logger.error.mock.calls)).not.toContain('abc123')
  })

  it('keeps links as their addresses in plain text', () => {
    expect(messageText(resetMessage)).toBe(
      'You are receiving this because you asked. http://localhost:3000/admin/reset/abc123 If you did not, ignore it.',
    )
  })
})

describe("GraphQL's developer tools", () => {
  it('are on under next dev only', () => {
    expect(graphqlToolsEnabled('development')).toBe(true)
    for (const env of ['production', 'test', undefined]) expect(graphqlToolsEnabled(env)).toBe(false)
  })
})
