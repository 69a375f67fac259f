import type { Where } from 'payload'
import { CITY_INDICATORS_TEMPLATE, SURVEY_RESULTS_TEMPLATE } from '../../../domain/csvTemplates/levels'
import type { Template } from '../../../domain/csvTemplates/columns'
import { ALL_LONDONERS, type MeasureUnit } from '../../../domain/levels/vocabulary'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter, type RegisteredImporter } from '../pipeline/runImporter'
import { readTemplateRows } from './readTemplateRows'

interface SeriesRecord extends Record<string, unknown> {
  measure: string
  priority: number
  period: string
  date: string
  group: string
  value: number
  unit: MeasureUnit
  sampleSize: number | null
  designEffect: number | null
  source: string
  sourceUrl: string | null
  notes: string | null
  sourceFile: string
}

/**
 * A level-1 or level-2 template: each row one figure, read by the template's
 * rules (domain/csvTemplates/levels.ts). A percentage outside 0-100 is
 * rejected naming its cell, as the CMS would refuse it.
 */
function seriesImporter(
  template: Template,
  collection: 'city-indicators' | 'survey-results',
  names: { measure: string; period: string },
  label: string,
): RegisteredImporter {
  async function* read(path: string, context: ReadContext): AsyncGenerator<ReadRecord<SeriesRecord>> {
    for await (const { row, line, cells } of readTemplateRows(template, path, context)) {
      if (cells.unit === 'percent' && ((cells.value as number) < 0 || (cells.value as number) > 100)) {
        context.summary.rejected.push({
          file: context.file,
          row,
          line,
          column: 'value',
          message: `expected a percentage between 0 and 100 (the unit is percent), got ${cells.value}.`,
        })
        continue
      }
      yield {
        place: { row },
        draft: {
          measure: cells[names.measure] as string,
          priority: cells.priority as number,
          period: cells[names.period] as string,
          date: cells.date as string,
          group: (cells.group as string | null) ?? ALL_LONDONERS,
          value: cells.value as number,
          unit: cells.unit as MeasureUnit,
          sampleSize: (cells.sample_size as number | null) ?? null,
          designEffect: (cells.design_effect as number | null) ?? null,
          source: cells.source as string,
          sourceUrl: (cells.source_url as string | null) ?? null,
          notes: (cells.notes as string | null) ?? null,
          sourceFile: context.file,
        },
      }
    }
  }
  return defineImporter<SeriesRecord, SeriesRecord>({
    label,
    collection,
    read,
    // Every record of the collection: a figure is one figure whichever file brought it.
    stored: (): Where => ({}),
    parties: () => [],
    data: (draft) => draft,
    keyOf: (r) => `${String(r.measure).toLowerCase()}|${String(r.period).toLowerCase()}|${String(r.group ?? ALL_LONDONERS).toLowerCase()}`,
    keyDescription: template.primaryKey.join(', '),
    meaningful: [
      'measure',
      'priority',
      'period',
      'date',
      'group',
      'value',
      'unit',
      'sampleSize',
      'designEffect',
      'source',
      'sourceUrl',
      'notes',
    ],
    title: (d) => `${d.measure} · ${d.period} · ${d.group}`,
  })
}

export const cityIndicatorsImporter = seriesImporter(
  CITY_INDICATORS_TEMPLATE,
  'city-indicators',
  { measure: 'indicator', period: 'period' },
  'The portal’s city-wide indicators template (level 1)',
)

export const surveyResultsImporter = seriesImporter(
  SURVEY_RESULTS_TEMPLATE,
  'survey-results',
  { measure: 'question', period: 'wave' },
  'The portal’s perception survey template (level 2)',
)
