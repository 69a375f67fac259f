import type { ServerProps } from 'payload'
import { isStaff, type PortalUser } from '../access/roles'
import { waitingItems } from '../lib/curatorQueue'

/**
 * The curator's queue, on the admin dashboard: everything submitted for review
 * and not yet decided, oldest first, with how long it has waited. Read as the
 * signed-in user, through the collections' access rules; shown to curators and
 * admins only.
 */
export async function CuratorQueue({ payload, user }: ServerProps) {
  if (!isStaff((user as PortalUser | undefined) ?? null)) return null
  const items = await waitingItems(payload, user)
  const adminRoute = payload.config.routes.admin
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="curator-queue-heading">
      <h2 id="curator-queue-heading">Waiting for review ({items.length})</h2>
      {items.length === 0 ? (
        <p>Nothing is waiting for review.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Submitted</th>
              <th scope="col">What</th>
              <th scope="col">Kind</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <td>{item.submittedAt ? new Date(item.submittedAt).toLocaleDateString('en-GB') : 'unknown'}</td>
                <td>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{item.kind}</td>
                <td>{item.waitingDays === null ? '—' : `${item.waitingDays} day${item.waitingDays === 1 ? '' : 's'}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
