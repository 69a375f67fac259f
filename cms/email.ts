import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { config } from '../domain/config'

/**
 * How the CMS sends email (password resets): over SMTP when SMTP_HOST is set,
 * with nodemailer. Without it, development prints each message, links
 * included, to the console, so a reset can be completed on a laptop; production
 * sends nothing and logs that email is not configured (never the message: it
 * holds a reset token).
 *
 * nodemailer is used directly rather than through @payloadcms/email-nodemailer,
 * whose release pins the exact payload version before ours (peer payload 3.90.1).
 */
export interface EmailSettings {
  host?: string
  port: number
  secure: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
  production: boolean
}

export function emailSettingsFromEnvironment(env: Record<string, string | undefined> = config.emailVariables): EmailSettings {
  const port = Number(env.SMTP_PORT ?? 587)
  return {
    host: env.SMTP_HOST || undefined,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    fromAddress: env.EMAIL_FROM ?? 'no-reply@localhost',
    fromName: env.EMAIL_FROM_NAME ?? 'Fairer City portal',
    production: env.NODE_ENV === 'production',
  }
}

/** The message as plain text, links kept as their addresses. */
export function messageText(message: SendEmailOptions): string {
  if (typeof message.text === 'string' && message.text) return message.text
  const html = typeof message.html === 'string' ? message.html : ''
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>[\s\S]*?<\/a>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

export function portalEmailAdapter(settings: EmailSettings): EmailAdapter {
  return ({ payload }) => {
    const base = { defaultFromAddress: settings.fromAddress, defaultFromName: settings.fromName }
    if (settings.host) {
      const transport = nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
      })
      return { ...base, name: 'smtp', sendEmail: (message) => transport.sendMail(message) }
    }
    if (settings.production) {
      return {
        ...base,
        name: 'unconfigured',
        sendEmail: async (message) => {
          payload.logger.error(
            `[email] Not sent to ${String(message.to)} ("${message.subject}"): set SMTP_HOST (see README, Configuration).`,
          )
        },
      }
    }
    return {
      ...base,
      name: 'console',
      sendEmail: async (message) => {
        console.log(
          [
            '',
            '──── Email (development: printed, not sent; set SMTP_HOST to send) ────',
            `To: ${String(message.to)}`,
            `Subject: ${message.subject}`,
            '',
            messageText(message),
            '────────────────────────────────────────────────────────────────────────',
          ].join('\n'),
        )
      },
    }
  }
}
