import { ASKED_STATUSES, DEI_AREAS, REPLY_STATUSES } from '../../../domain/funding/deiCodes'
import { leadershipAnswer } from '../../../domain/funding/equityMeasures'
import type { Grant } from '../content'
import { populationGroups, taxonomyName } from '../../../domain/reference/deiTaxonomy'

/** How a grant reads on its page and in lists. */
export const formatAmount = (amount: number, currency: string) =>
  currency === 'GBP' ? `£${amount.toLocaleString('en-GB')}` : `${amount.toLocaleString('en-GB')} ${currency}`

export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

const label = (list: ReadonlyArray<{ value: string; label: string }>, code: string | undefined) =>
  code ? (list.find((s) => s.value === code)?.label ?? code) : 'Not recorded'

/** Each DEI question in words: asked or not, the reply, and the communities named. */
export function deiRows(grant: Grant) {
  return DEI_AREAS.map((area) => {
    const answers = grant.dei[area.value]
    return {
      area: area.label,
      question: area.description,
      asked: label(ASKED_STATUSES, answers.askedStatus),
      reply: answers.askedStatus && answers.askedStatus.startsWith('AS2') ? label(REPLY_STATUSES, answers.replyStatus) : '—',
      communities: answers.taxonomyCodes.map(taxonomyName),
    }
  })
}

const LEADERSHIP_WORDS = {
  'equalities-led': 'Led by communities facing inequity',
  'not-equalities-led': 'Not led by a specific community facing inequity',
  'not-asked': 'Not asked',
  'no-reply': 'Asked, no reply',
  'prefer-not-to-say': 'Asked, preferred not to say',
} as const

export const leadershipWords = (grant: Grant) => LEADERSHIP_WORDS[leadershipAnswer(grant.dei.leadership)]

/** The population groups a grant's leadership answer names, for the search filter. */
export function communitiesOf(grant: Grant): string[] {
  const prefixes = new Set(grant.dei.leadership.taxonomyCodes.map((c) => c.slice(0, 5)))
  return populationGroups()
    .filter((g) => prefixes.has(g.prefix))
    .map((g) => g.name)
}
