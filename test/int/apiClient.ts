import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

/**
 * The portal's REST and GraphQL API as a client outside sees it, in this process:
 * the same handlers the Next routes in cms/app/(payload)/api/ call (Payload's
 * handleEndpoints and the GraphQL route), with real requests, JSON bodies,
 * multipart uploads and `Authorization: JWT` tokens, but without starting Next.
 */
export interface ApiAnswer {
  status: number
  body: Record<string, unknown> & {
    docs?: Array<Record<string, unknown>>
    errors?: Array<{ message: string; data?: unknown }>
    data?: Record<string, { docs?: Array<Record<string, unknown>> } | null>
  }
  headers: Headers
}

async function config() {
  return (await import('../../cms/payload.config')).default
}

async function answer(response: Response): Promise<ApiAnswer> {
  const text = await response.text()
  let body: ApiAnswer['body'] = {}
  try {
    body = text ? JSON.parse(text) : {}
  } catch {
    body = { text }
  }
  return { status: response.status, body, headers: response.headers }
}

const authorization = (token?: string): Record<string, string> => (token ? { Authorization: `JWT ${token}` } : {})

export async function rest(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<ApiAnswer> {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...authorization(options.token) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return answer(await handleEndpoints({ config: config(), request }))
}

/** A file upload as the admin sends it: the file, and the other fields as `_payload` JSON. */
export async function upload(path: string, file: { name: string; data: Buffer; type: string }, fields: unknown, token?: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request(`http://localhost${path}`, { method: 'POST', headers: authorization(token), body: form })
  return answer(await handleEndpoints({ config: config(), request }))
}

export async function graphql(query: string, token?: string): Promise<ApiAnswer> {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authorization(token) },
    body: JSON.stringify({ query }),
  })
  return answer(await GRAPHQL_POST(config())(request))
}

export async function tokenFor(payload: Payload, email: string, password = 'correct horse battery staple'): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}
