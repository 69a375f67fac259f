import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { metricAnswerProblem, type MetricAnswerType } from '../../../../domain/returns/metrics'
import { idOf } from '../../../access/roles'

type Item = Record<string, unknown>

/** A step, priority or metric appears once in a return, and each metric answer fits its metric's type. */
export const checkReturnAnswers: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const errors: Array<{ path: string; message: string }> = []
  const once = (list: string, key: string, what: string) => {
    const seen = new Set<string>()
    ;((data[list] ?? originalDoc?.[list] ?? []) as Item[]).forEach((item, index) => {
      const id = idOf(item[key])
      if (id === undefined) return
      if (seen.has(String(id))) errors.push({ path: `${list}.${index}.${key}`, message: `${what} ${id} is already in this return.` })
      seen.add(String(id))
    })
  }
  once('steps', 'step', 'Step')
  once('priorities', 'priority', 'Priority')
  once('metricAnswers', 'metric', 'Metric')
  const answers = (data.metricAnswers ?? []) as Item[]
  const metricIds = [...new Set(answers.map((a) => idOf(a.metric)).filter((id) => id !== undefined))]
  if (metricIds.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'metrics',
      where: { id: { in: metricIds } },
      depth: 0,
      pagination: false,
      req,
      select: { code: true, answerType: true },
    })
    const metrics = new Map(docs.map((m) => [String(m.id), m]))
    answers.forEach((answer, index) => {
      const metric = metrics.get(String(idOf(answer.metric)))
      if (!metric) return // Payload's relationship check names a missing metric
      const problem = metricAnswerProblem(
        { code: metric.code, answerType: metric.answerType as MetricAnswerType },
        { answer: answer.answer as string | null | undefined, value: answer.value as number | null | undefined },
      )
      if (problem) errors.push({ path: `metricAnswers.${index}.${metric.answerType === 'yes-no' ? 'answer' : 'value'}`, message: problem })
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
