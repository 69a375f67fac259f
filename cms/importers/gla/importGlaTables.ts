import type { CharacteristicValue } from '../../../domain/vocabulary'
import { flagsFor, payGapRecords, type PayGapData } from '../payGapStore'
import { FirstRows } from '../pipeline/firstRows'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter } from '../pipeline/runImporter'
import { ImportFileError } from '../problems'
import { readCsvRecords } from '../readCsvRecords'
import { cellValue, notReported, type MeasuredValue } from '../../../domain/measured'
import { REQUIRED_COLUMNS, type GlaCell } from './glaCells'
import { councilIdentity } from '../councilIdentity'

/**
 * Imports the GLA's published pay gap tables (tidy long form) into pay-gap
 * reports: from each workbook's overall table the mean and median hourly gaps and
 * headcount, from its bonus table the bonus gaps and shares receiving a bonus,
 * and from its earnings-quartile table the comparison group's share of each
 * quarter. Cells the GLA suppressed ("<5", ">5", "u") are stored as withheld and
 * "N/A" as not applicable, each with its symbol; never as 0. Tables by grade,
 * working pattern or salary band are not modelled yet and are counted as unused.
 * Each characteristic and year is one publication: ethnicity's several
 * comparisons are each a report, and the one the tables list first, "(a) Black,
 * Asian and Minority Ethnic/White", is marked as the GLA's headline
 * (publisherHeadline). The gender tables are the GLA's statutory report, also
 * in the Gender Pay Gap Service's register: one record (see payGapStore).
 */

/** The tables name the organisation by its short form. */
const ORGANISATION_NAMES: Record<string, string> = { GLA: 'Greater London Authority' }

const KINDS = [
  { kind: 'overall', pattern: /^Table \d+: Overall (gender|ethnicity|disability) pay gap \(all staff\)/i },
  { kind: 'bonus', pattern: /^Table \d+: Overall (gender|ethnicity|disability) bonus pay gap \(all staff\)/i },
  { kind: 'quartile', pattern: /^Table \d+: (Gender|Ethnicity|Disability) pay gap, by earnings quartile/i },
] as const

/** Groups compared, per characteristic; for ethnicity each "(x) Group/White" pair is its own report. */
const GROUPS: Record<CharacteristicValue, { reference: string; referenceLabel: string; comparison?: string; comparisonLabel?: string }> = {
  gender: { reference: 'Male', referenceLabel: 'Men', comparison: 'Female', comparisonLabel: 'Women' },
  disability: { reference: 'Not disabled', referenceLabel: 'Not disabled', comparison: 'Disabled', comparisonLabel: 'Disabled' },
  ethnicity: { reference: 'White', referenceLabel: 'White' },
}

/** Race Disparity Unit classifications (shared/data/reference/ethnicity-classifications). */
function ethnicityClassification(group: string): string {
  return /Black, Asian and Minority Ethnic/i.test(group) ? '2A (White and Other than White)' : '5B (ONS 2011 5+1)'
}

const stripLetter = (group: string) => group.replace(/^\([a-z]\)\s*/i, '').trim()

/** One report, gathered from the cells of the overall, bonus and quartile tables. */
interface Draft {
  file: string
  organisation: string
  characteristic: CharacteristicValue
  comparisonGroup: string
  year: number
  firstRow: number
  fields: Partial<Record<string, MeasuredValue>>
  quarters: Array<MeasuredValue | undefined>
  /** All staff counted, from the overall table (one per characteristic and year). */
  headcount?: number | null
  /** Whether this is the comparison the GLA gives first, as its headline; null where the tables do not say. */
  headline?: boolean | null
}

const QUARTER_SECTIONS = ['lower quartile', 'lower middle quartile', 'upper middle quartile', 'upper quartile']

async function* readGlaCells(path: string, { file, summary, rowRead }: ReadContext): AsyncGenerator<ReadRecord<Draft>> {
  const drafts = new Map<string, Draft>()
  // Per characteristic and year: all staff counted, and the reference group's share receiving a bonus (ethnicity).
  const headcounts = new Map<string, number | null>()
  const referenceBonusShares = new Map<string, MeasuredValue>()
  const unused = new Map<string, number>()
  const note = (reason: string) => unused.set(reason, (unused.get(reason) ?? 0) + 1)
  const firstRows = new FirstRows()
  // Per characteristic and year, the comparison the overall table lists first, "(a)": the GLA's headline.
  const headlines = new Map<string, string>()

  const draftFor = (cell: GlaCell, characteristic: CharacteristicValue, comparisonGroup: string, year: number): Draft => {
    const key = `${cell.organisation}|${characteristic}|${comparisonGroup}|${year}`
    let draft = drafts.get(key)
    if (!draft) {
      draft = { file, organisation: cell.organisation, characteristic, comparisonGroup, year, firstRow: cell.row, fields: {}, quarters: [] }
      drafts.set(key, draft)
    }
    return draft
  }

  for await (const { row, line, values } of readCsvRecords(path, {
    onHeader: (names) => {
      const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c))
      if (missing.length > 0) {
        throw new ImportFileError({
          file,
          row: 0,
          column: missing.join(', '),
          message: `the header lacks the GLA tidy-table columns ${missing.join(', ')}.`,
        })
      }
    },
  })) {
    rowRead(row)
    const cell: GlaCell = {
      row,
      workbook: values.workbook,
      table: values.table_title,
      organisation: values.organisation.trim(),
      section: values.section.trim(),
      measure: values.measure.trim(),
      group: values.group.trim(),
      period: values.period.trim(),
      raw: values.value_raw,
      cell: values.cell,
    }
    const repeat = firstRows.repeat(
      [cell.organisation, cell.table, cell.section, cell.measure, cell.group, cell.period].join('|'),
      { row },
      `the same table, section, measure, group and period: cell ${cell.cell} of "${cell.table}"`,
      file,
    )
    if (repeat) {
      summary.rejected.push(repeat)
      continue
    }
    if (!/^\d{4}$/.test(cell.period)) {
      note('changes between years, which the portal works out itself')
      continue
    }
    const match = KINDS.map((k) => ({ kind: k.kind, m: k.pattern.exec(cell.table) })).find((k) => k.m)
    if (!match?.m) {
      note('tables by grade, working pattern, salary band or intersection, not modelled yet')
      continue
    }
    const characteristic = match.m[1].toLowerCase() as CharacteristicValue
    const groups = GROUPS[characteristic]
    const year = Number(cell.period)
    const section = cell.section.toLowerCase()
    const statistic = section.startsWith('mean') ? 'mean' : section.startsWith('median') ? 'median' : undefined
    const parsed = (scale: number) => {
      const v = cellValue(cell.raw, scale)
      if ('problem' in v) {
        summary.rejected.push({ file, row, line, column: 'value_raw', message: `${v.problem} (cell ${cell.cell} of "${cell.table}").` })
        return undefined
      }
      return v
    }
    // The report(s) this cell belongs to: the one pair for gender and disability; for ethnicity, the named pair.
    const comparisonFor = (group: string) =>
      characteristic === 'ethnicity' ? stripLetter(group.replace(/\/White$/, '')) : (groups.comparisonLabel as string)

    if (match.kind === 'overall' || match.kind === 'bonus') {
      if (cell.measure === 'Pay Gap' && statistic) {
        if (characteristic === 'ethnicity' && !cell.group.endsWith('/White')) {
          note('ethnicity gaps not measured against White')
          continue
        }
        const v = parsed(100)
        if (!v) continue
        if (match.kind === 'overall' && /^\(a\)/i.test(cell.group))
          headlines.set(`${cell.organisation}|${characteristic}|${year}`, comparisonFor(cell.group))
        const field = `${statistic}${match.kind === 'overall' ? 'Hourly' : 'Bonus'}Gap`
        draftFor(cell, characteristic, comparisonFor(cell.group), year).fields[field] = v
        continue
      }
      if (match.kind === 'overall' && section === 'staff numbers' && cell.group === 'Total') {
        const v = parsed(1)
        if (!v) continue
        headcounts.set(`${cell.organisation}|${characteristic}|${year}`, v.value)
        continue
      }
      if (match.kind === 'bonus' && section === 'proportion of staff receiving bonus') {
        const v = parsed(100)
        if (!v) continue
        if (characteristic === 'ethnicity') {
          const pair = cell.group === groups.reference ? undefined : stripLetter(cell.group)
          if (pair) draftFor(cell, characteristic, pair, year).fields.comparisonBonusShare = v
          else referenceBonusShares.set(`${cell.organisation}|${characteristic}|${year}`, v)
        } else {
          const field = cell.group === groups.reference ? 'referenceBonusShare' : 'comparisonBonusShare'
          draftFor(cell, characteristic, groups.comparisonLabel as string, year).fields[field] = v
        }
        continue
      }
      note('pay rates, payments and counts behind the gaps')
      continue
    }

    // Earnings quartiles: the comparison group's share of each quarter ("% Female"), from the mean sections (the median ones repeat them).
    const quarter = QUARTER_SECTIONS.findIndex((q) => section === `mean (${q})`)
    if (quarter >= 0 && cell.measure.startsWith('% ')) {
      const v = parsed(100)
      if (!v) continue
      const group = characteristic === 'ethnicity' ? stripLetter(cell.measure.slice(2)) : (groups.comparisonLabel as string)
      draftFor(cell, characteristic, group, year).quarters[quarter] = v
      continue
    }
    note('pay rates and gaps within each earnings quartile')
  }
  for (const [reason, count] of unused) summary.notes.push(`${count} cells not used: ${reason}.`)
  for (const draft of drafts.values()) {
    const perYear = `${draft.organisation}|${draft.characteristic}|${draft.year}`
    draft.headcount = headcounts.get(perYear) ?? null
    draft.fields.referenceBonusShare ??= referenceBonusShares.get(perYear)
    // Gender and disability compare one pair, which is the headline; ethnicity compares several.
    const headline = draft.characteristic === 'ethnicity' ? headlines.get(perYear) : draft.comparisonGroup
    draft.headline = headline === undefined ? null : headline === draft.comparisonGroup
    yield { place: { row: draft.firstRow }, draft }
  }
}

function glaReportData(draft: Draft, organisation: number | string): PayGapData {
  const groups = GROUPS[draft.characteristic]
  const f = draft.fields
  const data = {
    organisation,
    year: draft.year,
    characteristic: draft.characteristic,
    classification: draft.characteristic === 'ethnicity' ? ethnicityClassification(draft.comparisonGroup) : null,
    referenceGroup: groups.referenceLabel,
    comparisonGroup: draft.comparisonGroup,
    headcount: draft.headcount ?? null,
    meanHourlyGap: f.meanHourlyGap ?? notReported(),
    medianHourlyGap: f.medianHourlyGap ?? notReported(),
    meanBonusGap: f.meanBonusGap ?? notReported(),
    medianBonusGap: f.medianBonusGap ?? notReported(),
    referenceBonusShare: f.referenceBonusShare ?? notReported(),
    comparisonBonusShare: f.comparisonBonusShare ?? notReported(),
    ...Object.fromEntries(
      ['q1', 'q2', 'q3', 'q4'].map((q, i) => [q, { reference: notReported(), comparison: draft.quarters[i] ?? notReported() }]),
    ),
    submittedLate: false,
    publisherHeadline: draft.headline ?? null,
    flags: [],
    provenance: {
      source: 'gla-tables',
      sourceKey: `${draft.organisation}|${draft.characteristic}|${draft.comparisonGroup}`,
      sourceFile: draft.file,
      sourceRow: draft.firstRow,
    },
  } as unknown as PayGapData
  data.flags = flagsFor(data)
  return data
}

export const glaImporter = defineImporter<Draft, PayGapData>({
  label: 'Greater London Authority pay gap tables (tidy long form)',
  ...payGapRecords('gla-tables'),
  read: readGlaCells,
  parties: (draft) => [
    {
      // The register's identity (code GLA), so the service's copy of the same report finds this organisation by code, not by name.
      identity: councilIdentity(ORGANISATION_NAMES[draft.organisation] ?? draft.organisation, [draft.organisation]),
      source: 'the GLA’s pay gap tables',
      trustName: true,
    },
  ],
  data: (draft, [organisation]) => glaReportData(draft, organisation.id),
  title: (data, [organisation]) => `${organisation.name}: ${data.characteristic} pay gap ${data.year} (${data.comparisonGroup})`,
  keyDescription: 'organisation, year, characteristic and group compared',
})

export const importGlaTables = glaImporter.run
