import { leadershipAnswer } from '../../../domain/funding/equityMeasures'
import { dashboardData } from '../funding/dashboardData'
import { shareRows, successRows } from '../funding/dashboardMeasures'
import { AS_PUBLISHED_UPDATES, spanOf } from './schedules'
import type { DatasetSpec, Licence, Row } from './types'

const KNOWN_LICENCES: Record<string, string> = {
  'https://creativecommons.org/licenses/by/4.0/': 'Creative Commons Attribution 4.0',
  'https://creativecommons.org/licenses/by-sa/4.0/': 'Creative Commons Attribution-ShareAlike 4.0',
  'https://creativecommons.org/publicdomain/zero/1.0/': 'CC0 1.0 Public Domain Dedication',
  'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/': 'Open Government Licence v3.0',
}

/** Grants keep their publishers' licences: each distinct one, and every publisher credited. */
function grantRights(rows: readonly Row[]) {
  const licences = [...new Set(rows.map((r) => r.licence).filter((l): l is string => typeof l === 'string' && /^https?:\/\//.test(l)))]
  const publishers = [...new Set(rows.map((r) => r.publisher).filter((p): p is string => typeof p === 'string' && p !== ''))].sort()
  const unlicensed = rows.filter((r) => !r.licence).length
  return {
    licences: licences.map((path): Licence => ({ path, title: KNOWN_LICENCES[path] ?? path })),
    attribution: `Grants data published in the 360Giving Data Standard by ${publishers.join(', ') || 'their funders'}, republished by the Building a Fairer City portal.`,
    sources: publishers.map((title) => ({ title })),
    ...(unlicensed > 0
      ? { statement: `${unlicensed} grants were published without a stated licence; check with their publisher before reuse.` }
      : {}),
  }
}

const dei = (area: string) => [
  {
    name: `${area}_asked_status`,
    type: 'string' as const,
    title: `${area}: asked status`,
    description: `DEI extension askedStatus code for the ${area} question (AS100, AS101, AS200, AS201).`,
  },
  {
    name: `${area}_reply_status`,
    type: 'string' as const,
    title: `${area}: reply status`,
    description: `DEI extension replyStatus code for the ${area} question (RS100, RS200, RS201, RS202).`,
  },
  {
    name: `${area}_taxonomy_codes`,
    type: 'string' as const,
    title: `${area}: communities`,
    description: `DEI taxonomy codes given in reply to the ${area} question, separated by "; ".`,
  },
]

export const grantsDataset: DatasetSpec = {
  slug: 'grants',
  title: 'Grants (360Giving)',
  description:
    'Grants published by funders in the 360Giving Data Standard, with the DEI extension’s answers on who leads and is served by each recipient. One row per grant. The same grants, exactly as published, are in the 360Giving JSON file.',
  keywords: ['grants', '360Giving', 'funding', 'equity', 'DEI', 'London'],
  themes: ['ECON', 'SOCI'],
  updates: AS_PUBLISHED_UPDATES('funders'),
  provenance: {
    sources: ['Funders’ grants data in the 360Giving Data Standard (JSON packages or the flat CSV layout)'],
    processing: [
      'Every grant is validated against the 360Giving 1.4.3 grant schema with the DEI extension merged, and the extension’s codelists; one invalid grant refuses the whole file.',
      'Funders and recipients are matched to the portal’s organisations by org-id, then charity or company number, then name.',
      'Each grant keeps its publisher’s licence; the grant as published is kept unchanged in the 360Giving JSON file.',
    ],
  },
  temporal: spanOf('award_date', 10),
  primaryKey: ['grant_id'],
  fields: [
    { name: 'grant_id', type: 'string', title: 'Grant identifier', description: 'The 360Giving grant identifier.', required: true },
    { name: 'title', type: 'string', title: 'Title', description: 'The grant’s title as published.', required: true },
    { name: 'currency', type: 'string', title: 'Currency', description: 'ISO 4217 code.', required: true },
    { name: 'amount_awarded', type: 'number', title: 'Amount awarded', description: 'In the grant’s currency.', required: true },
    { name: 'amount_applied_for', type: 'number', title: 'Amount applied for', description: 'Where published.' },
    { name: 'award_date', type: 'datetime', title: 'Award date', description: 'When the grant was awarded (UTC).', required: true },
    {
      name: 'funder_org_id',
      type: 'string',
      title: 'Funder org-id',
      description: 'The funding organisation’s identifier as published.',
      required: true,
    },
    { name: 'funder_name', type: 'string', title: 'Funder', description: 'The funding organisation.', required: true },
    {
      name: 'recipient_org_id',
      type: 'string',
      title: 'Recipient org-id',
      description: 'The recipient’s identifier as published.',
      required: true,
    },
    { name: 'recipient_name', type: 'string', title: 'Recipient', description: 'The recipient organisation.', required: true },
    { name: 'programme', type: 'string', title: 'Programme', description: 'The grant programme.' },
    {
      name: 'beneficiary_location',
      type: 'string',
      title: 'Beneficiary location',
      description: 'Where the grant benefits, separated by "; ".',
    },
    ...dei('leadership'),
    ...dei('mission'),
    ...dei('project'),
    {
      name: 'leadership_answer',
      type: 'string',
      title: 'Led by communities facing inequity?',
      description:
        'The portal’s reading of the leadership answers: equalities-led, not-equalities-led, not-asked, no-reply or prefer-not-to-say.',
      required: true,
      enum: ['equalities-led', 'not-equalities-led', 'not-asked', 'no-reply', 'prefer-not-to-say'],
    },
    { name: 'publisher', type: 'string', title: 'Publisher', description: 'Who published the grant data.' },
    { name: 'licence', type: 'string', title: 'Licence', description: 'The licence the publisher gave, as a web address.' },
    { name: 'updated_at', type: 'datetime', title: 'Updated', description: 'When the portal’s copy last changed (UTC).', required: true },
  ],
  records: (content) => ({ collection: 'grants', ids: content.grants.map((g) => g.id) }),
  rows: (content) =>
    content.grants.map((g) => ({
      grant_id: g.grantId,
      title: g.title,
      currency: g.currency,
      amount_awarded: g.amountAwarded,
      amount_applied_for: g.amountAppliedFor,
      award_date: g.awardDate,
      funder_org_id: g.funder.orgId,
      funder_name: g.funder.name,
      recipient_org_id: g.recipient.orgId,
      recipient_name: g.recipient.name,
      programme: g.programme,
      beneficiary_location: g.beneficiaryLocation,
      ...Object.fromEntries(
        (['leadership', 'mission', 'project'] as const).flatMap((area) => [
          [`${area}_asked_status`, g.dei[area].askedStatus],
          [`${area}_reply_status`, g.dei[area].replyStatus],
          [`${area}_taxonomy_codes`, g.dei[area].taxonomyCodes],
        ]),
      ),
      leadership_answer: leadershipAnswer(g.dei.leadership),
      publisher: g.provenance.publisher,
      licence: g.provenance.licence,
      updated_at: g.updatedAt,
    })),
  rights: grantRights,
}

const tally = (name: string, what: string) => [
  {
    name: `${name}_grants`,
    type: 'integer' as const,
    title: `${what}: grants`,
    description: `Grants ${what.toLowerCase()}.`,
    required: true,
  },
  {
    name: `${name}_amount`,
    type: 'number' as const,
    title: `${what}: amount`,
    description: `Amount of the grants ${what.toLowerCase()}.`,
    required: true,
  },
]

export const fundingMeasuresDataset: DatasetSpec = {
  slug: 'funding-equity-measures',
  title: 'Funding to equalities-led organisations, by funder and year',
  description:
    'For each funder and year, and for all funders together: the share of funding, by amount and by count, to organisations led by communities facing inequity, with the base stated (only grants where the question was asked and answered count), the grants not asked or not answered, a 95% Wilson interval for the share by count, and progress against the funder’s own target.',
  keywords: ['funding', 'equity', 'equalities-led', 'targets', '360Giving', 'London'],
  themes: ['ECON', 'SOCI'],
  updates: AS_PUBLISHED_UPDATES('funders'),
  provenance: {
    sources: ['The grants dataset (360Giving)', 'Funders’ targets, sent in the portal’s funding targets template'],
    processing: [
      'Only grants where the leadership question was asked (AS200, AS201) and answered count in a share’s base; grants not asked or not answered are counted beside it, never as “not equalities-led”.',
      'Shares by count carry a 95% Wilson interval; an empty base gives no share, never 0%.',
    ],
  },
  temporal: spanOf('year', 4),
  primaryKey: ['funder_slug', 'year'],
  fields: [
    {
      name: 'funder_slug',
      type: 'string',
      title: 'Funder key',
      description: 'The funder’s key on the portal; "all" for every funder together.',
      required: true,
    },
    { name: 'funder_name', type: 'string', title: 'Funder', description: 'The funder’s name.', required: true },
    { name: 'year', type: 'integer', title: 'Year', description: 'Calendar year of the award dates.', required: true },
    ...tally('all', 'All'),
    ...tally('base', 'Asked and answered'),
    ...tally('equalities_led', 'To equalities-led organisations'),
    ...tally('not_asked', 'Not asked'),
    ...tally('not_answered', 'Not answered'),
    {
      name: 'share_by_amount',
      type: 'number',
      title: 'Share by amount (%)',
      description: 'Equalities-led amount as a share of the base amount; blank when the base is empty.',
    },
    {
      name: 'share_by_count',
      type: 'number',
      title: 'Share by count (%)',
      description: 'Equalities-led grants as a share of the base grants; blank when the base is empty.',
    },
    { name: 'share_by_count_lower', type: 'number', title: 'Lower 95% bound (%)', description: 'Wilson interval for the share by count.' },
    { name: 'share_by_count_upper', type: 'number', title: 'Upper 95% bound (%)', description: 'Wilson interval for the share by count.' },
    { name: 'target_share', type: 'number', title: 'Target (%)', description: 'The funder’s own target for the year, if published.' },
    { name: 'target_basis', type: 'string', title: 'Target basis', description: 'amount or count.', enum: ['amount', 'count'] },
    {
      name: 'target_met',
      type: 'boolean',
      title: 'Target met',
      description: 'Whether the share on the target’s basis reached it; blank without a base.',
    },
  ],
  rows: (content) => {
    const data = dashboardData(content)
    const round = (v: number | null) => (v === null ? null : Number(v.toFixed(4)))
    return shareRows(data.grants, data.targets, data.funders).map((r) => ({
      funder_slug: r.funder?.slug ?? 'all',
      funder_name: r.funder?.name ?? 'All funders',
      year: r.year,
      all_grants: r.share.all.grants,
      all_amount: r.share.all.amount,
      base_grants: r.share.base.grants,
      base_amount: r.share.base.amount,
      equalities_led_grants: r.share.equalitiesLed.grants,
      equalities_led_amount: r.share.equalitiesLed.amount,
      not_asked_grants: r.share.notAsked.grants,
      not_asked_amount: r.share.notAsked.amount,
      not_answered_grants: r.share.notAnswered.grants,
      not_answered_amount: r.share.notAnswered.amount,
      share_by_amount: round(r.share.shareByAmount),
      share_by_count: round(r.share.shareByCount),
      share_by_count_lower: r.byCount.lower === null ? null : round(r.byCount.lower * 100),
      share_by_count_upper: r.byCount.upper === null ? null : round(r.byCount.upper * 100),
      target_share: r.target?.target ?? null,
      target_basis: r.target?.basis ?? null,
      target_met: r.target?.met ?? null,
    }))
  },
}

export const applicationSuccessDataset: DatasetSpec = {
  slug: 'funding-application-success',
  title: 'Applications and success rates, by funder, year and kind of applicant',
  description:
    'Applications funders received and funded, as counts, by kind of applicant (user-led, equalities-led, other), with each group’s success rate and 95% Wilson interval, and the difference from every other applicant to the same funder with Newcombe’s 95% interval.',
  keywords: ['funding', 'applications', 'user-led', 'success rates', 'London'],
  themes: ['ECON', 'SOCI'],
  updates: AS_PUBLISHED_UPDATES('funders'),
  provenance: {
    sources: ['Funders’ application counts, sent in the portal’s funding applications template'],
    processing: [
      'Success rates carry 95% Wilson intervals; the difference from every other applicant to the same funder carries Newcombe’s hybrid score interval, and is called higher or lower only when that interval excludes 0.',
    ],
  },
  temporal: spanOf('year', 4),
  primaryKey: ['funder_slug', 'year', 'applicant_group'],
  fields: [
    { name: 'funder_slug', type: 'string', title: 'Funder key', description: 'The funder’s key on the portal.', required: true },
    { name: 'funder_name', type: 'string', title: 'Funder', description: 'The funder’s name.', required: true },
    { name: 'year', type: 'integer', title: 'Year', description: 'The year the applications were decided.', required: true },
    { name: 'applicant_group', type: 'string', title: 'Applicants', description: 'user-led, equalities-led or other.', required: true },
    { name: 'received', type: 'integer', title: 'Received', description: 'Applications received.', required: true },
    { name: 'funded', type: 'integer', title: 'Funded', description: 'Applications funded.', required: true },
    {
      name: 'success_rate',
      type: 'number',
      title: 'Success rate (%)',
      description: 'Funded as a share of received; blank without applications.',
    },
    { name: 'success_rate_lower', type: 'number', title: 'Lower 95% bound (%)', description: 'Wilson interval.' },
    { name: 'success_rate_upper', type: 'number', title: 'Upper 95% bound (%)', description: 'Wilson interval.' },
    {
      name: 'difference_from_others',
      type: 'number',
      title: 'Difference from other applicants (points)',
      description: 'This group’s rate minus every other applicant’s.',
    },
    { name: 'difference_lower', type: 'number', title: 'Lower 95% bound (points)', description: 'Newcombe’s hybrid score interval.' },
    { name: 'difference_upper', type: 'number', title: 'Upper 95% bound (points)', description: 'Newcombe’s hybrid score interval.' },
    {
      name: 'verdict',
      type: 'string',
      title: 'Verdict',
      description: 'higher or lower when the interval excludes 0; otherwise no-clear-difference, or not-enough-data.',
      required: true,
      enum: ['higher', 'lower', 'no-clear-difference', 'not-enough-data'],
    },
  ],
  rows: (content) => {
    const data = dashboardData(content)
    const points = (v: number | null) => (v === null ? null : Number((v * 100).toFixed(4)))
    return successRows(data.applications, data.funders).map((r) => ({
      funder_slug: r.funder?.slug ?? '',
      funder_name: r.funder?.name ?? '',
      year: r.year,
      applicant_group: r.group,
      received: r.rate.trials,
      funded: r.rate.successes,
      success_rate: points(r.rate.estimate),
      success_rate_lower: points(r.rate.lower),
      success_rate_upper: points(r.rate.upper),
      difference_from_others: points(r.againstOthers.difference),
      difference_lower: points(r.againstOthers.lower),
      difference_upper: points(r.againstOthers.upper),
      verdict: r.againstOthers.verdict,
    }))
  },
}
