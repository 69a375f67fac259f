import { getPayload, type Payload } from 'payload'
import config from './payload.config'

/**
 * The Payload Local API for scripts and the site build (outside Next). Outside
 * production, getPayload opens a websocket to a Next dev server's hot reload
 * (`npm start` runs one) and never closes it, not even on payload.destroy(), so
 * an import or seed that had finished stayed alive (issue 10). Scripts have
 * nothing to reload: Payload's own switch turns that socket off. This writes the
 * variable, for Payload to read; it is not portal configuration.
 */
export function getPortalPayload(): Promise<Payload> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return getPayload({ config })
}
