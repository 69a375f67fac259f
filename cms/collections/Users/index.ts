import type { CollectionConfig, FieldAccess } from 'payload'
import { adminOnly } from '../../access/adminOnly'
import { isAdmin, isStaff, userOf } from '../../access/roles'
import { endTransactionBeforeResetRequest } from './hooks/endTransactionBeforeResetRequest'
import { refuseFirstRegister } from './refuseFirstRegister'

const adminField: FieldAccess = ({ req }) => isAdmin(userOf(req))

/**
 * The portal's accounts. The first administrator is created on the command line
 * (`npm run admin:create`); administrators create every other account.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'organisation'], group: 'Administration' },
  auth: {
    // Lock an account for 15 minutes after 5 failed sign-ins in a row.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    // Staff see every account; anyone else only their own.
    read: ({ req }) => {
      const user = userOf(req)
      if (isStaff(user)) return true
      return user ? { id: { equals: user.id } } : false
    },
    create: adminOnly,
    update: ({ req }) => {
      const user = userOf(req)
      if (isAdmin(user)) return true
      return user ? { id: { equals: user.id } } : false
    },
    delete: adminOnly,
    // Unlocking resets the failed sign-in count, so anyone else could keep guessing a password.
    unlock: adminOnly,
  },
  endpoints: [refuseFirstRegister],
  hooks: { beforeOperation: [endTransactionBeforeResetRequest] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reporter',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Curator (programme team, London Councils)', value: 'curator' },
        { label: 'Reporter (one organisation)', value: 'reporter' },
      ],
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: { description: 'A reporter drafts and submits records for this organisation only.' },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role === 'reporter' && !value ? 'A reporter must belong to an organisation.' : true,
    },
  ],
}
