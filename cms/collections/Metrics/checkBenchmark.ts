import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

type Benchmark = {
  kind?: string
  ethnicGroup?: string | null
  value?: number | null
  period?: string | null
  source?: string | null
  sourceUrl?: string | null
}

const given = (v: unknown) => v !== null && v !== undefined && v !== ''

/**
 * A stated benchmark names its value, period and source; a computed one is
 * worked out at build and may not be typed in (issue 14, section 2), and a
 * percentage names its unit.
 */
export const checkBenchmark: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  if (!data) return data
  const benchmark: Benchmark = { ...(originalDoc?.benchmark ?? {}), ...(data.benchmark ?? {}) }
  const answerType = data.answerType ?? originalDoc?.answerType
  const unit = data.unit ?? originalDoc?.unit
  const errors: Array<{ path: string; message: string }> = []
  const typed = (['value', 'period', 'source', 'sourceUrl'] as const).filter((f) => given(benchmark[f]))
  if (benchmark.kind === 'stated') {
    for (const field of ['value', 'period', 'source'] as const)
      if (!given(benchmark[field])) errors.push({ path: `benchmark.${field}`, message: `A stated benchmark needs its ${field}.` })
  } else if (typed.length > 0) {
    errors.push({
      path: `benchmark.${typed[0]}`,
      message:
        benchmark.kind === 'none' || !benchmark.kind
          ? 'Choose "Stated by a published source" to give a benchmark value.'
          : 'This benchmark is computed at each build from published data: leave its value, period and source empty.',
    })
  }
  if (benchmark.kind === 'census-2021-ethnic-group' && !given(benchmark.ethnicGroup))
    errors.push({ path: 'benchmark.ethnicGroup', message: 'Choose the ethnic group whose share of Londoners is the benchmark.' })
  if (answerType === 'percentage' && !given(unit))
    errors.push({ path: 'unit', message: 'Say what the percentage is of, e.g. "% of staff".' })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
