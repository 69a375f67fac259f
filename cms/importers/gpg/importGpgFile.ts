import { basename } from 'node:path'
import { measuredOf } from '../../../domain/measured'
import { reportingYearLabel } from '../../../domain/reportingYear'
import type { Payload } from 'payload'
import { withTransaction } from '../../seed/withTransaction'
import { boroughFromText, loadPostcodeDistricts, postcodeDistrictsWarning } from '../../../domain/reference/postcodeDistricts'
import { emptySummary, type ImportOptions, type ImportSummary } from '../importSummary'
import { OrganisationMatcher } from '../organisationMatcher'
import { loadPayGapStore, type PayGapData } from '../payGapStore'
import { ImportFileError } from '../problems'
import { readCsvRecords } from '../readCsvRecords'
import { checkGpgHeader } from './gpgLayout'
import { parseGpgRecord, type GpgRecord } from './gpgRecord'

export interface GpgImportOptions extends ImportOptions {
  /** Reporting year for files without a DueDate column (the 23-column layout); otherwise read from the file name, e.g. "2017-18". */
  year?: number
}

const SOURCE_LABEL = 'the UK Gender Pay Gap Service'

function yearFromFileName(file: string): number | undefined {
  const match = /(20\d{2})[-_ ]?(?:to[-_ ]?)?(?:20)?(\d{2})/.exec(file)
  return match ? Number(match[1]) : undefined
}

function snapshotDate(year: number, dueDate: string | null): string | null {
  if (!dueDate) return null
  // Public bodies snapshot on 31 March and report by 30 March; other employers on 5 April, by 4 April.
  const due = new Date(dueDate)
  return due.getUTCMonth() === 2 ? `${year}-03-31T00:00:00.000Z` : `${year}-04-05T00:00:00.000Z`
}

export function gpgReportData(record: GpgRecord, organisation: number | string, file: string): PayGapData {
  const f = record.figures
  // The service leaves bonus gaps blank when no man received a bonus: not applicable rather than missing.
  const noMaleBonus = f.referenceBonusShare === 0
  const quarter = ([male, female]: [number | null, number | null]) => ({ reference: measuredOf(male), comparison: measuredOf(female) })
  return {
    organisation,
    year: record.year,
    snapshotDate: snapshotDate(record.year, record.dueDate),
    characteristic: 'gender',
    referenceGroup: 'Men',
    comparisonGroup: 'Women',
    employerSize: record.employerSize,
    meanHourlyGap: measuredOf(f.meanHourlyGap),
    medianHourlyGap: measuredOf(f.medianHourlyGap),
    meanBonusGap: measuredOf(f.meanBonusGap, noMaleBonus ? 'not-applicable' : 'not-reported'),
    medianBonusGap: measuredOf(f.medianBonusGap, noMaleBonus ? 'not-applicable' : 'not-reported'),
    referenceBonusShare: measuredOf(f.referenceBonusShare),
    comparisonBonusShare: measuredOf(f.comparisonBonusShare),
    q1: quarter(f.quarters[0]),
    q2: quarter(f.quarters[1]),
    q3: quarter(f.quarters[2]),
    q4: quarter(f.quarters[3]),
    narrativeUrl: record.link,
    responsiblePerson: record.responsiblePerson,
    dateSubmitted: record.dateSubmitted,
    dueDate: record.dueDate,
    submittedLate: record.submittedLate ?? false,
    flags: record.flags,
    provenance: {
      source: 'gpg-service',
      sourceKey: record.employerId ?? record.companyNumber ?? record.employerName,
      sourceFile: file,
      sourceRow: record.row,
    },
  } as PayGapData
}

/**
 * Imports a Gender Pay Gap Service download (any of its layouts). First reads
 * and checks the whole file, streaming: a file that is not the service's layout,
 * not UTF-8 or not well-formed CSV is refused and nothing is stored. Rows whose
 * cells cannot be read are rejected and listed; every other row is then written
 * in one transaction, matched to an organisation (created if new). Importing the
 * same file again changes nothing.
 */
export async function importGpgFile(payload: Payload, path: string, options: GpgImportOptions = {}): Promise<ImportSummary> {
  const file = basename(path)
  const summary = emptySummary(file)
  const fallbackYear = options.year ?? yearFromFileName(file)
  const records: GpgRecord[] = []
  for await (const { row, line, values } of readCsvRecords(path, { onHeader: (names) => checkGpgHeader(file, names) })) {
    summary.rows = row
    const parsed = parseGpgRecord(file, row, line, values, fallbackYear)
    if ('problems' in parsed) summary.rejected.push(...parsed.problems)
    else records.push(parsed.record)
    if (row % 500 === 0) options.onProgress?.(row, 'reading')
  }
  if (summary.rows === 0) throw new ImportFileError({ file, message: 'has a header but no rows.' })

  const districts = loadPostcodeDistricts()
  const noDistricts = postcodeDistrictsWarning()
  if (noDistricts) summary.notes.push(noDistricts)
  await withTransaction(payload, async (req) => {
    const matcher = await OrganisationMatcher.load(payload, req)
    const store = await loadPayGapStore(payload, req, 'gpg-service')
    let done = 0
    // Two rows of one file must never overwrite each other: the first stands and the second is reported.
    const firstRowFor = new Map<number | string, number>()
    for (const record of records) {
      const { organisation } = await matcher.findOrCreate(
        {
          name: record.currentName,
          otherNames: [record.employerName],
          employerId: record.employerId,
          companyNumber: record.companyNumber,
          borough: boroughFromText(record.postCode ?? record.address, districts),
          employerSize: record.employerSize,
        },
        SOURCE_LABEL,
      )
      const earlier = firstRowFor.get(organisation.id)
      if (earlier !== undefined) {
        summary.rejected.push({
          file,
          row: record.row,
          message: `is for the same organisation (${organisation.name}) and year as row ${earlier}; the earlier row was kept.`,
        })
        continue
      }
      firstRowFor.set(organisation.id, record.row)
      const outcome = await store.write(
        gpgReportData(record, organisation.id, file),
        `${organisation.name}: gender pay gap ${reportingYearLabel(record.year)}`,
      )
      if (outcome === 'kept-manual') {
        summary.keptManualCorrections.push({
          file,
          row: record.row,
          message: `${organisation.name}’s ${record.year} report was corrected by hand in the CMS; the file’s figures were not applied.`,
        })
      } else summary[outcome]++
      if (record.flags.length > 0 && outcome !== 'kept-manual') summary.flagged++
      if (++done % 250 === 0) options.onProgress?.(done, 'writing')
    }
    summary.organisationsCreated = matcher.created
  })
  return summary
}
