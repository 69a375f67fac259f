import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'
import { planRecords } from './planRecords'
import { withTransaction } from '../lib/withTransaction'

/**
 * Loads the plan and the organisations and commitments the source documents state.
 * Only missing records are created: anything already in the database, including a
 * curator's edits, is left exactly as it is, so seeding is safe to repeat.
 */

const planSchema = z.object({
  stages: z.array(z.object({ order: z.number(), name: z.string(), slug: z.string() })).length(5),
  priorities: z.array(z.object({ number: z.number(), name: z.string() })).min(1),
  actions: z.array(z.object({ number: z.number(), priority: z.number(), text: z.string() })).min(1),
  steps: z
    .array(
      z.object({ code: z.string(), priority: z.number(), action: z.number(), number: z.number(), text: z.string(), stage: z.string() }),
    )
    .min(1),
})
const organisationsSchema = z.object({ organisations: z.array(z.object({ slug: z.string(), name: z.string() }).passthrough()) })
const commitmentsSchema = z.object({
  commitments: z.array(z.object({ organisation: z.string(), step: z.string() }).passthrough()),
})

export interface SeedInput {
  plan: unknown
  organisations: unknown
  commitments: unknown
  /** The progress report's case studies (data/seed/case-studies.json). */
  caseStudies?: unknown
  /** The Tackling Racial Inequality programme's actions (data/seed/programme-tracker.json). */
  programmeTracker?: unknown
  /** Level-3 metrics the documents state (data/seed/metrics.json). */
  metrics?: unknown
}
export interface SeedSummary {
  created: Record<string, number>
  existing: Record<string, number>
}

type Counted = 'stages' | 'priorities' | 'actions' | 'steps' | 'organisations' | 'commitments' | 'case-studies' | 'tri-actions' | 'metrics'

const citation = z.object({ document: z.string(), section: z.string().optional() })
const caseStudiesSchema = z.object({
  caseStudies: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      organisations: z.array(z.string()),
      sector: z.string(),
      summary: z.string(),
      body: z.array(z.string()),
      outcomes: z.string(),
      sources: z.array(citation).min(1),
    }),
  ),
})
const programmeTrackerSchema = z.object({
  actions: z.array(
    z.object({
      key: z.string(),
      strand: z.string(),
      order: z.number(),
      title: z.string(),
      owners: z.string(),
      term: z.string(),
      status: z.string(),
      nextSteps: z.string(),
      rag: z.string(),
      source: citation,
    }),
  ),
})

const metricsSchema = z.object({
  metrics: z.array(
    z.object({
      code: z.string(),
      question: z.string(),
      action: z.number(),
      step: z.string().optional(),
      answerType: z.string(),
      unit: z.string().optional(),
      benchmark: z.object({ kind: z.string() }).passthrough(),
      sources: z.array(citation.extend({ quote: z.string().optional() })).min(1),
    }),
  ),
})

/** Paragraphs of seed text as Payload's rich text (Lexical JSON). */
export function paragraphsToRichText(paragraphs: string[]) {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [text(p)],
      })),
    },
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`${what}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
  }
  return result.data
}

/**
 * Seed records are checked by the zod schemas above, but their vocabularies are
 * plain strings and their IDs may be strings (MongoDB) or numbers (SQLite), while
 * Payload's generated types assume SQLite's numbers and closed unions. Payload
 * validates every field again on create, so this one cast gives up no checking.
 */
type SeedData = never

export async function seedPortal(payload: Payload, input: SeedInput): Promise<SeedSummary> {
  const plan = parse(planSchema, input.plan, 'data/plan.json')
  const { organisations } = parse(organisationsSchema, input.organisations, 'data/seed/organisations.json')
  const { commitments } = parse(commitmentsSchema, input.commitments, 'data/seed/commitments.json')
  const { caseStudies } = parse(caseStudiesSchema, input.caseStudies ?? { caseStudies: [] }, 'data/seed/case-studies.json')
  const { actions: triActions } = parse(
    programmeTrackerSchema,
    input.programmeTracker ?? { actions: [] },
    'data/seed/programme-tracker.json',
  )
  const { metrics } = parse(metricsSchema, input.metrics ?? { metrics: [] }, 'data/seed/metrics.json')
  const summary: SeedSummary = { created: {}, existing: {} }
  const tally = (collection: Counted, created: boolean) => {
    const bucket = created ? summary.created : summary.existing
    bucket[collection] = (bucket[collection] ?? 0) + 1
  }

  await withTransaction(payload, async (req) => {
    const ensureById = async (collection: Counted, id: string, data: Record<string, unknown>) => {
      const found = await payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, req, pagination: false })
      if (found.docs.length > 0) return tally(collection, false)
      await payload.create({ collection, data: { id, ...data } as SeedData, req, context: req.context })
      tally(collection, true)
    }
    const records = planRecords(plan)
    for (const collection of ['stages', 'priorities', 'actions', 'steps'] as const) {
      for (const { id, ...data } of records[collection]) await ensureById(collection, id, data)
    }

    const organisationIds = new Map<string, number | string>()
    for (const organisation of organisations) {
      const found = await payload.find({
        collection: 'organisations',
        where: { slug: { equals: organisation.slug } },
        limit: 1,
        depth: 0,
        draft: true,
        req,
      })
      if (found.docs[0]) {
        organisationIds.set(organisation.slug, found.docs[0].id)
        tally('organisations', false)
        continue
      }
      const created = await payload.create({
        collection: 'organisations',
        data: { ...organisation, _status: 'published' } as SeedData,
        req,
        context: req.context,
      })
      organisationIds.set(organisation.slug, created.id)
      tally('organisations', true)
    }

    for (const commitment of commitments) {
      const organisation = organisationIds.get(commitment.organisation)
      if (organisation === undefined) {
        throw new Error(`data/seed/commitments.json: organisation "${commitment.organisation}" is not in data/seed/organisations.json.`)
      }
      const found = await payload.find({
        collection: 'commitments',
        where: { and: [{ organisation: { equals: organisation } }, { step: { equals: commitment.step } }] },
        limit: 1,
        depth: 0,
        draft: true,
        req,
      })
      if (found.docs[0]) {
        tally('commitments', false)
        continue
      }
      await payload.create({
        collection: 'commitments',
        data: { ...commitment, organisation, _status: 'published' } as SeedData,
        req,
        context: req.context,
      })
      tally('commitments', true)
    }

    for (const study of caseStudies) {
      const found = await payload.find({
        collection: 'case-studies',
        where: { slug: { equals: study.slug } },
        limit: 1,
        depth: 0,
        draft: true,
        req,
      })
      if (found.docs[0]) {
        tally('case-studies', false)
        continue
      }
      const organisations = study.organisations.map((slug) => {
        const id = organisationIds.get(slug)
        if (id === undefined) throw new Error(`data/seed/case-studies.json: organisation "${slug}" is not in data/seed/organisations.json.`)
        return id
      })
      await payload.create({
        collection: 'case-studies',
        data: { ...study, organisations, body: paragraphsToRichText(study.body), _status: 'published' } as SeedData,
        req,
        context: req.context,
      })
      tally('case-studies', true)
    }

    for (const action of triActions) {
      const found = await payload.find({ collection: 'tri-actions', where: { key: { equals: action.key } }, limit: 1, depth: 0, req })
      if (found.docs[0]) {
        tally('tri-actions', false)
        continue
      }
      await payload.create({ collection: 'tri-actions', data: action as SeedData, req, context: req.context })
      tally('tri-actions', true)
    }

    for (const metric of metrics) {
      const found = await payload.find({ collection: 'metrics', where: { code: { equals: metric.code } }, limit: 1, depth: 0, req })
      if (found.docs[0]) {
        tally('metrics', false)
        continue
      }
      await payload.create({
        collection: 'metrics',
        data: { ...metric, action: String(metric.action) } as SeedData,
        req,
        context: req.context,
      })
      tally('metrics', true)
    }
  })
  return summary
}
