import { measuredOf } from '../../../domain/measured'
import { reportingYearLabel } from '../../../domain/reportingYear'
import { loadDistrictPlaces, placeFromText, postcodeDistrictsWarning, postcodeIn } from '../../../domain/reference/postcodeDistricts'
import { missingReferenceWarnings } from '../../../domain/reference/referenceFiles'
import { loadSic2007, parseSicCodes } from '../../../domain/reference/sic2007'
import { councilIdentity } from '../councilIdentity'
import type { EmployerIdentity } from '../organisationMatcher'
import { payGapRecords, type PayGapData } from '../payGapStore'
import { defineImporter } from '../pipeline/runImporter'
import type { ReadContext, ReadRecord } from '../pipeline/importer'
import { readCsvRecords } from '../readCsvRecords'
import { checkGpgHeader } from './gpgLayout'
import { parseGpgRecord, type GpgRecord } from './gpgRecord'

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

/** A row of the file, parsed, with the employer as the matcher needs it (its council code, industries and place). */
interface GpgDraft {
  file: string
  record: GpgRecord
  identity: EmployerIdentity
}

/** Files without a DueDate column take the year given (--year), or else the one in the file's name, e.g. "2017-18". */
async function* readGpgRows(path: string, { file, summary, options, rowRead }: ReadContext): AsyncGenerator<ReadRecord<GpgDraft>> {
  const fallbackYear = options.year ?? yearFromFileName(file)
  const places = loadDistrictPlaces()
  const sic = loadSic2007()
  const noDistricts = postcodeDistrictsWarning()
  if (noDistricts) summary.notes.push(noDistricts)
  for (const warning of missingReferenceWarnings()) if (/register|SIC/.test(warning)) summary.notes.push(warning)
  const unknownCodes = new Set<string>()
  for await (const { row, line, values } of readCsvRecords(path, { onHeader: (names) => checkGpgHeader(file, names) })) {
    rowRead(row)
    const parsed = parseGpgRecord(file, row, line, values, fallbackYear)
    if ('problems' in parsed) {
      summary.rejected.push(...parsed.problems)
      continue
    }
    const { record } = parsed
    // The 23-column layout has no PostCode: the address ends with it.
    const postcodeText = record.postCode ?? record.address
    const place = placeFromText(postcodeText, places)
    const council = councilIdentity(record.currentName, [record.employerName])
    const { codes } = parseSicCodes(record.sicCodes)
    const industries = codes.flatMap((code) => {
      const industry = sic.industry(code)
      if (!industry && sic.size > 0) unknownCodes.add(code)
      return industry ? [industry] : []
    })
    const identity: EmployerIdentity = {
      name: record.currentName,
      otherNames: [record.employerName],
      nameYear: record.year,
      employerId: record.employerId,
      companyNumber: record.companyNumber,
      localAuthorityCode: council.localAuthorityCode,
      gssCode: council.gssCode,
      borough: place?.borough,
      postcode: postcodeIn(postcodeText),
      inLondon: place ? (place.inLondon ? 'yes' : 'no') : undefined,
      localAuthority: place && !place.inLondon ? place.authority : undefined,
      industries,
      employerSize: record.employerSize,
    }
    yield { place: { row }, draft: { file, record, identity } }
  }
  if (unknownCodes.size > 0)
    summary.notes.push(
      `SIC codes not in UK SIC 2007 or Companies House’s list, left out of the industries: ${[...unknownCodes].join(', ')}.`,
    )
}

/**
 * A Gender Pay Gap Service download (any of its layouts), read streaming: a
 * file that is not the service's layout, not UTF-8 or not well-formed CSV is
 * refused and nothing is stored; rows whose cells cannot be read are rejected
 * and listed. Employers are matched by EmployerId, company number, then name.
 */
export const gpgImporter = defineImporter<GpgDraft, PayGapData>({
  label: 'UK Gender Pay Gap Service download (any layout)',
  ...payGapRecords('gpg-service'),
  read: readGpgRows,
  parties: ({ identity }) => [{ identity, source: SOURCE_LABEL }],
  data: ({ record, file }, [organisation]) => gpgReportData(record, organisation.id, file),
  title: (data, [organisation]) => `${organisation.name}: gender pay gap ${reportingYearLabel(data.year)}`,
  keyDescription: 'organisation and year',
})

export const importGpgFile = gpgImporter.run
