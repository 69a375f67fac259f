import { commitTransaction, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's forgot-password writes its rate-limit reservation outside the
 * request's transaction (payload/dist/auth/operations/forgotPassword.js), so
 * that a failed email does not undo it. On SQLite the transaction already holds
 * the write lock, so that write waited for its own request and every reset
 * request failed with "database is locked" (issue 11). Nothing has been written
 * in the transaction yet at this point: end it, and the operation's own writes
 * each run in a transaction of their own.
 */
export const endTransactionBeforeResetRequest: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.transactionID) await commitTransaction(req)
  return args
}
