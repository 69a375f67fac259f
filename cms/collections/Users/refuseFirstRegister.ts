import type { Endpoint } from 'payload'

export const FIRST_ADMIN_COMMAND = 'npm run admin:create -- --email you@example.org'

/**
 * Payload lets whoever reaches an empty portal first register as its first user
 * (POST /api/users/first-register, the admin's "create first user" screen), with
 * no secret. Here the first administrator is made on the server's command line
 * instead (scripts/create-admin.ts), so this endpoint, which Payload would
 * otherwise add, always refuses and says how. Collection endpoints are matched
 * before Payload's own (payload/dist/utilities/handleEndpoints.js).
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json(
      {
        errors: [
          {
            message: `Accounts are not created from the sign-in screen. The first administrator is created on the server: ${FIRST_ADMIN_COMMAND}`,
          },
        ],
      },
      { status: 403 },
    ),
}
