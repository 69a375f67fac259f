import type { CollectionBeforeChangeHook, CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { publicReadStaffWrite } from '../../access/publicReadStaffWrite'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../hooks/rebuildSite'
import { ALL_LONDONERS, MEASURE_UNITS, SERIES_LEVELS, type SeriesLevel } from '../../../domain/levels/vocabulary'
import { manuallyCorrectedField, validateHttpUrl, vocabularySelect } from '../fields'
import { validateInteger } from '../integerField'
import { markManualCorrection } from '../PayGapReports/hooks/markManualCorrection'

const setTitle: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.group) data.group = ALL_LONDONERS
  data.title = `${data.measure} · ${data.period} · ${data.group}`
  return data
}

/** A percentage is a share: 0 to 100. */
const validateValue: NumberFieldSingleValidation = (value, { siblingData }) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter the figure as a number.'
  const unit = (siblingData as { unit?: string }).unit
  return unit === 'percent' && (value < 0 || value > 100) ? 'A percentage is between 0 and 100.' : true
}

/**
 * Level 1 (city-wide indicators) and level 2 (perception survey waves) of
 * the programme's metrics (001_..., 4.4), as time series: one record per
 * measure, period and group. Public figures curators enter or import; only
 * staff change them, as with the funding figures.
 */
function levelSeries(level: SeriesLevel, slug: 'city-indicators' | 'survey-results', plural: string): CollectionConfig {
  const words = SERIES_LEVELS[level]
  return {
    slug,
    labels: { singular: plural.replace(/s$/, ''), plural },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'priority', 'value', 'unit', 'sampleSize'],
      group: 'Programme metrics',
      description: words.about,
    },
    access: publicReadStaffWrite,
    versions: { maxPerDoc: 10 },
    hooks: {
      beforeChange: [markManualCorrection, setTitle],
      afterChange: [rebuildSiteAfterChange],
      afterDelete: [rebuildSiteAfterDelete],
    },
    fields: [
      { name: 'title', type: 'text', admin: { hidden: true } },
      { name: 'measure', label: words.measure, type: 'text', required: true, index: true },
      {
        name: 'priority',
        type: 'number',
        required: true,
        min: 1,
        max: 4,
        validate: validateInteger,
        admin: { description: 'The plan’s priority, 1 to 4.' },
      },
      {
        name: 'period',
        label: words.period,
        type: 'text',
        required: true,
        admin: { description: level === 'survey' ? 'The wave as the source names it, e.g. “Wave 3 (spring 2025)”.' : 'e.g. 2022-23.' },
      },
      {
        name: 'date',
        type: 'date',
        required: true,
        admin: {
          date: { pickerAppearance: 'dayOnly' },
          description: 'The last day of the period or of the fieldwork: it orders the series.',
        },
      },
      { name: 'group', type: 'text', defaultValue: ALL_LONDONERS, admin: { description: 'e.g. Black Londoners, Disabled Londoners.' } },
      { name: 'value', type: 'number', required: true, validate: validateValue },
      vocabularySelect('unit', MEASURE_UNITS, { required: true, defaultValue: 'percent' }),
      {
        name: 'sampleSize',
        type: 'number',
        required: level === 'survey',
        min: 1,
        validate: validateInteger,
        admin: { description: 'Respondents; the 95% interval is drawn from it.' },
      },
      {
        name: 'designEffect',
        type: 'number',
        min: 1,
        admin: { description: 'When the source gives one; blank is read as 1.' },
      },
      { name: 'source', type: 'text', required: true, admin: { description: 'Who published the figure.' } },
      { name: 'sourceUrl', type: 'text', validate: validateHttpUrl },
      { name: 'notes', type: 'textarea' },
      { name: 'sourceFile', type: 'text', admin: { position: 'sidebar', readOnly: true } },
      manuallyCorrectedField,
    ],
  }
}

export const CityIndicators = levelSeries('city', 'city-indicators', 'City-wide indicators')
export const SurveyResults = levelSeries('survey', 'survey-results', 'Survey results')
