/**
 * `npm run admin:create -- --email you@example.org [--name "Your Name"]`:
 * creates an administrator. The password comes from ADMIN_PASSWORD, or is asked
 * for (not shown) when run in a terminal; there is no default. This is how the
 * portal's first administrator is made: the admin's sign-up screen is refused.
 */
import { parseArgs } from 'node:util'
import { config } from '../domain/config'
import { administratorProblem, createAdministrator } from '../cms/accounts/createAdministrator'
import { readHiddenLine } from './readHiddenLine'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
let password = config.adminPassword
if (!password && process.stdin.isTTY) {
  password = await readHiddenLine('Password for the new administrator: ')
  if ((await readHiddenLine('The same password again: ')) !== password) {
    console.error('The passwords differ; nothing was created.')
    process.exit(1)
  }
}
const details = { email: values.email ?? '', name: values.name ?? '', password: password ?? '' }
const problem = administratorProblem(details)
if (problem) {
  console.error(problem)
  process.exit(1)
}
const { getPortalPayload } = await import('../cms/getPortalPayload')
const payload = await getPortalPayload()
try {
  await payload.db.migrate()
  await createAdministrator(payload, details)
  console.log(`Administrator ${details.email} created. Sign in at the admin (/admin) and create curator and reporter accounts there.`)
} catch (error) {
  console.error(`No administrator created: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
