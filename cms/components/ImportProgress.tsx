'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { describeProgress } from '../../domain/progress'

interface ProgressReply {
  status: string
  progress: { phase: 'waiting' | 'reading' | 'writing'; rows: number; total?: number; phaseStartedAt: number; now: number } | null
}

const PHASES = {
  waiting: 'Waiting for the database',
  reading: 'Checking the file',
  writing: 'Storing rows',
} as const

/**
 * While an import runs, asks the server every second how far it has got and says
 * so in a live region; when it ends, reloads the page to show the summary.
 */
export function ImportProgress() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const {
    config: { serverURL, routes },
  } = useConfig()
  const [message, setMessage] = useState<string>('')

  useEffect(() => {
    if (!id || status !== 'queued') return
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch(`${serverURL}${routes.api}/imports/${id}/progress`, { credentials: 'include' })
        const reply = (await response.json()) as ProgressReply
        if (stopped) return
        if (reply.status !== 'queued') {
          window.location.reload()
          return
        }
        setMessage(
          reply.progress
            ? `${PHASES[reply.progress.phase]}: ${describeProgress({ done: reply.progress.rows, total: reply.progress.total, startedAt: reply.progress.phaseStartedAt, now: reply.progress.now })}.`
            : 'This server is not running the import: it may have been restarted. Upload the file again.',
        )
      } catch {
        if (!stopped) setMessage('Could not reach the server to ask about progress; retrying.')
      }
      if (!stopped) setTimeout(poll, 1000)
    }
    void poll()
    return () => {
      stopped = true
    }
  }, [id, status, serverURL, routes.api])

  if (!id || status !== 'queued') return null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p role="status" aria-live="polite">
        <strong>Import running.</strong> {message || 'Starting…'}
      </p>
    </div>
  )
}
