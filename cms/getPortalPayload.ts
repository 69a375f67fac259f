import { getPayload, type Payload } from 'payload'
import config from './payload.config'

/** The Payload Local API for scripts and the site build (outside Next). */
export function getPortalPayload(): Promise<Payload> {
  return getPayload({ config })
}
