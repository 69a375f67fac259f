'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface RebuildReply {
  enabled: boolean
  state?: 'queued' | 'building' | 'live'
  changedAt?: string | null
  liveAt?: string | null
  failedAt?: string | null
}

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })

/** What the reply means for a record saved at `savedAt`, in one sentence. */
function describe(reply: RebuildReply, savedAt: string | undefined): string | undefined {
  if (!reply.enabled || !reply.state) return undefined
  if (reply.state === 'queued') return `The public site is being rebuilt with this change (queued at ${time(reply.changedAt ?? '')}).`
  if (reply.state === 'building') return 'The public site is being rebuilt with this change.'
  if (reply.failedAt && (!reply.liveAt || reply.failedAt > reply.liveAt))
    return `The site rebuild failed at ${time(reply.failedAt)}; the previous site stays live. Tell an administrator.`
  if (reply.liveAt && (!savedAt || reply.liveAt >= savedAt)) return `This change is live on the public site (since ${time(reply.liveAt)}).`
  return undefined
}

/**
 * In the sidebar of a published record: after a publish, asks the server every
 * two seconds whether the site rebuild is queued, building or done, and says so
 * in a live region until the change is live (cms/admin/siteRebuildEndpoint.ts).
 */
export function SiteRebuildStatus() {
  const { lastUpdateTime } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const {
    config: { serverURL, routes },
  } = useConfig()
  const [message, setMessage] = useState<string>()
  const savedAt = lastUpdateTime ? new Date(lastUpdateTime).toISOString() : undefined

  useEffect(() => {
    if (status !== 'published') {
      setMessage(undefined)
      return
    }
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      try {
        const response = await fetch(`${serverURL}${routes.api}/site-rebuild`, { credentials: 'include' })
        const reply = (await response.json()) as RebuildReply
        if (stopped) return
        setMessage(describe(reply, savedAt))
        if (reply.enabled && reply.state !== 'live') timer = setTimeout(poll, 2000)
      } catch {
        if (!stopped) timer = setTimeout(poll, 5000)
      }
    }
    void poll()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [routes.api, savedAt, serverURL, status])

  return (
    <p role="status" aria-live="polite" style={{ marginBottom: message ? '1.5rem' : 0 }}>
      {message ? (
        <>
          <strong>Public site: </strong>
          {message}
        </>
      ) : null}
    </p>
  )
}
