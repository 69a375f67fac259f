import type { Payload } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

export interface AdministratorDetails {
  email: string
  name: string
  password: string
}

/** What is wrong with the details, or undefined when an administrator can be made from them. */
export function administratorProblem(details: Partial<AdministratorDetails>): string | undefined {
  if (!details.email || !/^[^\s@]+@[^\s@]+$/.test(details.email)) return 'Give the administrator’s email address: --email you@example.org'
  if (!details.password) return 'Give a password: set ADMIN_PASSWORD, or run the command in a terminal to be asked for one.'
  if (details.password.length < MIN_PASSWORD_LENGTH) return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`
  return undefined
}

/**
 * Creates an administrator account from the server's command line, the only way
 * the first one is made (the sign-in screen's first-register is refused). Refuses
 * an email that already has an account rather than changing it.
 */
export async function createAdministrator(payload: Payload, details: AdministratorDetails): Promise<{ id: number | string }> {
  const problem = administratorProblem(details)
  if (problem) throw new Error(problem)
  const email = details.email.trim().toLowerCase()
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (existing.totalDocs > 0) throw new Error(`${email} already has an account; an administrator can change its role in the admin.`)
  const user = await payload.create({
    collection: 'users',
    data: { email, name: details.name || email.split('@')[0], password: details.password, role: 'admin' },
    overrideAccess: true,
  })
  return { id: user.id }
}
