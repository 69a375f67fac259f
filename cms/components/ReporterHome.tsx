import type { ServerProps } from 'payload'
import type { PortalUser } from '../access/roles'
import { COMMITMENT_STATUSES, REVIEW_STATES } from '../../domain/vocabulary'
import type { WaitingItem } from '../lib/curatorQueue'
import { reporterHomeData } from '../lib/reporterHome'

const label = (terms: readonly { value: string; label: string }[], value: string) => terms.find((t) => t.value === value)?.label ?? value

function ItemList({ items, adminRoute, withComment }: { items: WaitingItem[]; adminRoute: string; withComment?: boolean }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.collection}-${item.id}`}>
          <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a> ({item.kind.toLowerCase()})
          {withComment && item.comment ? (
            <blockquote style={{ margin: '0.25rem 0 0.75rem 1rem' }}>
              <strong>Curator’s comment:</strong> {item.comment}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * A reporter's admin home, on the dashboard (issue 14, section 3): their
 * organisation, this year's return with how many steps it answers, the plan's
 * steps by priority and action with their text and stage, what waits for
 * review and what came back with the curator's comment. Shown to reporters
 * only; curators keep their queue (CuratorQueue.tsx).
 */
export async function ReporterHome({ payload, user }: ServerProps) {
  const portalUser = (user as PortalUser | undefined) ?? null
  if (portalUser?.role !== 'reporter') return null
  const home = await reporterHomeData(payload, portalUser)
  const adminRoute = payload.config.routes.admin
  if (!home) return <p>Your account is not linked to an organisation yet: ask the programme team to link it.</p>
  const returnLink = home.thisYearsReturn
    ? `${adminRoute}/collections/returns/${home.thisYearsReturn.id}`
    : `${adminRoute}/collections/returns/create`
  return (
    <div id="reporter-home" style={{ marginBottom: '2rem' }}>
      <section aria-labelledby="reporter-home-heading">
        <h2 id="reporter-home-heading">{home.organisation.name}</h2>
        <p>You report for {home.organisation.name}. Your records are saved for this organisation automatically.</p>
      </section>

      <section aria-labelledby="this-years-return-heading">
        <h3 id="this-years-return-heading">Your {home.year} annual return</h3>
        {home.thisYearsReturn ? (
          <>
            <p>
              It answers {home.answered} of the plan’s {home.totalSteps} steps. Review:{' '}
              {label(REVIEW_STATES, home.thisYearsReturn.reviewState)}.
            </p>
            {home.thisYearsReturn.comment ? (
              <blockquote style={{ margin: '0 0 1rem 1rem' }}>
                <strong>Curator’s comment:</strong> {home.thisYearsReturn.comment}
              </blockquote>
            ) : null}
            <p>
              <a href={returnLink}>Continue your {home.year} return</a>
            </p>
          </>
        ) : (
          <p>
            You have not started it. <a href={returnLink}>Start your {home.year} return</a>
          </p>
        )}
        <table>
          <caption>Steps answered by priority</caption>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Steps answered</th>
            </tr>
          </thead>
          <tbody>
            {home.priorities.map((priority) => (
              <tr key={priority.number}>
                <th scope="row">
                  {priority.number}. {priority.name}
                </th>
                <td>
                  {priority.answered} of {priority.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="waiting-heading">
        <h3 id="waiting-heading">Waiting for review ({home.waiting.length})</h3>
        {home.waiting.length === 0 ? (
          <p>Nothing of yours is waiting for review.</p>
        ) : (
          <ItemList items={home.waiting} adminRoute={adminRoute} />
        )}
      </section>

      <section aria-labelledby="sent-back-heading">
        <h3 id="sent-back-heading">Sent back to you ({home.sentBack.length})</h3>
        {home.sentBack.length === 0 ? (
          <p>Nothing has been sent back to you.</p>
        ) : (
          <ItemList items={home.sentBack} adminRoute={adminRoute} withComment />
        )}
      </section>

      <section aria-labelledby="plan-steps-heading">
        <h3 id="plan-steps-heading">The plan’s steps</h3>
        <p>
          Each step with its stage and where this year’s return has it. Answer a step in the return’s “Steps addressed”:{' '}
          <a href={`${returnLink}#field-steps`}>open the return</a>.
        </p>
        {home.priorities.map((priority) => (
          <details key={priority.number}>
            {/* WCAG 2.2 target size: a one-line summary is under 24 px tall without padding. */}
            <summary style={{ padding: '0.5rem 0', cursor: 'pointer' }}>
              Priority {priority.number}: {priority.name} ({priority.answered} of {priority.total} answered)
            </summary>
            {priority.actions.map((action) => (
              <div key={action.number}>
                <h4>
                  Action {action.number}: {action.text}
                </h4>
                <ul>
                  {action.steps.map((step) => (
                    <li key={step.code}>
                      <strong>{step.code}</strong> {step.text} <em>Stage: {step.stage}.</em>{' '}
                      {step.status ? `This year: ${label(COMMITMENT_STATUSES, step.status)}.` : 'Not in this year’s return yet.'}{' '}
                      <a href={`${returnLink}#field-steps`} aria-label={`Answer step ${step.code} in your ${home.year} return`}>
                        Answer
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        ))}
      </section>
    </div>
  )
}
