import { inject } from 'vitest'

/** The e2e CMS's REST API, as a signed-in user (JWT) or anonymously; a failed call throws with its status and body. */
export async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(inject('cmsUrl') + path, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body as T
}

export async function login(email: string, password: string): Promise<string> {
  return (await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })).token
}
