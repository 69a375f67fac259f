import {
  classificationCode,
  classificationsFile,
  ethnicityClassifications,
  groupIn,
} from '../../../domain/reference/ethnicityClassifications'
import type { CharacteristicValue } from '../../../domain/vocabulary'
import { normaliseCompanyNumber } from '../gpg/gpgRecord'
import { notReported, type MeasuredValue } from '../../../domain/measured'
import { flagsFor, payGapRecords, type PayGapData } from '../payGapStore'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { defineImporter } from '../pipeline/runImporter'
import type { Problem } from '../problems'
import { PAY_GAP_TEMPLATE } from '../../../domain/csvTemplates/payGaps'
import { readTemplateRows } from './readTemplateRows'

const SOURCE = 'portal-template'

interface Checked {
  organisation: { name: string; companyNumber: string | null }
  data: Omit<PayGapData, 'organisation'>
}

/**
 * Imports pay gaps in the portal's own template (see payGapTemplate.ts). Beyond
 * each cell's rules, a row for ethnicity must name a Race Disparity Unit
 * classification and compare two of its groups. Rows that fail are rejected and
 * listed; the rest are written in one transaction, flagged by the same rules as
 * the Gender Pay Gap Service's data. Importing the same file again changes nothing.
 */
async function* readPayGapTemplateRows(path: string, context: ReadContext): AsyncGenerator<ReadRecord<Checked>> {
  const { file, summary } = context
  const classifications = ethnicityClassifications()
  let ethnicityUnchecked = false

  for await (const { row, line, cells } of readTemplateRows(PAY_GAP_TEMPLATE, path, context)) {
    const problems: Problem[] = []
    const problem = (column: string, message: string) => problems.push({ file, row, line, column, message })
    const characteristic = cells.characteristic as CharacteristicValue
    let referenceGroup = cells.reference_group as string
    let comparisonGroup = cells.comparison_group as string
    let classification: string | null = null
    const classificationText = cells.classification as string | null

    if (characteristic === 'ethnicity') {
      const code = classificationText ? classificationCode(classificationText) : undefined
      if (!classificationText)
        problem('classification', 'expected a Race Disparity Unit classification code for an ethnicity pay gap, e.g. 5B or 19A.')
      else if (!code) problem('classification', `expected a classification code such as 5B or 19A, got "${classificationText}".`)
      else if (!classifications) {
        ethnicityUnchecked = true
        classification = code
      } else {
        const known = classifications.get(code)
        if (!known) problem('classification', `"${code}" is not in the Race Disparity Unit’s list of classifications.`)
        else {
          classification = `${known.code} (${known.name})`
          for (const [column, group] of [
            ['reference_group', referenceGroup],
            ['comparison_group', comparisonGroup],
          ] as const) {
            const spelled = groupIn(known, group)
            if (spelled && column === 'reference_group') referenceGroup = spelled
            else if (spelled) comparisonGroup = spelled
            else
              problem(
                column,
                `"${group}" is not a group of classification ${known.code} (${known.name}); its groups are ${known.groups.join(', ')}.`,
              )
          }
        }
      }
    } else if (classificationText) {
      problem('classification', `a classification applies to ethnicity only; this row is for ${characteristic}.`)
    }
    if (referenceGroup.toLowerCase() === comparisonGroup.toLowerCase())
      problem('comparison_group', `compares "${comparisonGroup}" with itself; expected two different groups.`)
    if (problems.length > 0) {
      summary.rejected.push(...problems)
      continue
    }

    const measured = (column: string) => (cells[column] as MeasuredValue | null) ?? notReported()
    const dateSubmitted = cells.date_submitted as string | null
    const dueDate = cells.due_date as string | null
    const data = {
      year: cells.year as number,
      snapshotDate: cells.snapshot_date as string | null,
      characteristic,
      classification,
      referenceGroup,
      comparisonGroup,
      headcount: cells.headcount as number | null,
      meanHourlyGap: measured('mean_hourly_gap'),
      medianHourlyGap: measured('median_hourly_gap'),
      meanBonusGap: measured('mean_bonus_gap'),
      medianBonusGap: measured('median_bonus_gap'),
      referenceBonusShare: measured('reference_bonus_share'),
      comparisonBonusShare: measured('comparison_bonus_share'),
      ...Object.fromEntries(
        [1, 2, 3, 4].map((q) => [
          `q${q}`,
          { reference: measured(`q${q}_reference_share`), comparison: measured(`q${q}_comparison_share`) },
        ]),
      ),
      narrativeUrl: cells.narrative_url as string | null,
      actionPlanUrl: cells.action_plan_url as string | null,
      responsiblePerson: cells.responsible_person as string | null,
      dateSubmitted,
      dueDate,
      submittedLate: Boolean(dateSubmitted && dueDate && dateSubmitted > dueDate),
      flags: [],
      provenance: { source: SOURCE, sourceFile: file, sourceRow: row },
    } as unknown as Omit<PayGapData, 'organisation'>
    yield {
      place: { row },
      draft: {
        organisation: {
          name: cells.organisation as string,
          companyNumber: normaliseCompanyNumber(cells.company_number as string | undefined),
        },
        data,
      },
    }
  }
  if (ethnicityUnchecked)
    summary.notes.push(
      `the Race Disparity Unit’s classification list was not found at ${classificationsFile()} (set ETHNICITY_CLASSIFICATIONS_FILE), so ethnicity groups were not checked against their classification.`,
    )
}

export const payGapTemplateImporter = defineImporter<Checked, PayGapData>({
  label: 'The portal’s pay gaps template (ethnicity, disability, gender)',
  ...payGapRecords(SOURCE),
  read: readPayGapTemplateRows,
  parties: ({ organisation }) => [{ identity: organisation, source: 'a pay gap template', trustName: true }],
  data: ({ data: partial }, [organisation]) => {
    const data = { ...partial, organisation: organisation.id } as PayGapData
    data.provenance = {
      ...data.provenance,
      sourceKey: `${organisation.slug}|${data.characteristic}|${data.comparisonGroup}`,
    } as PayGapData['provenance']
    data.flags = flagsFor(data)
    return data
  },
  title: (data, [organisation]) => `${organisation.name}: ${data.characteristic} pay gap ${data.year} (${data.comparisonGroup})`,
  keyDescription: 'organisation, year, characteristic and comparison group',
})

export const importPayGapTemplate = payGapTemplateImporter.run
