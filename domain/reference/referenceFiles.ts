import { existsSync } from 'node:fs'
import { config } from '../config'

/**
 * The public reference files the portal reads (shared/data/README.md), each with
 * what goes wrong without it and the variable that points at it. `npm start`
 * and the importers say loudly which are missing; nothing is silently empty.
 */
export interface ReferenceFile {
  name: string
  path: string
  variable: string
  /** What the portal cannot do without it. */
  without: string
}

export function referenceFiles(): ReferenceFile[] {
  return [
    {
      name: 'the 360Giving schemas and DEI taxonomy',
      path: config.threeSixtyGivingDir,
      variable: 'THREESIXTYGIVING_DIR',
      without: 'grants cannot be imported, and the funding dashboard cannot name DEI population groups',
    },
    {
      name: 'the Race Disparity Unit’s ethnicity classifications',
      path: config.ethnicityClassificationsFile,
      variable: 'ETHNICITY_CLASSIFICATIONS_FILE',
      without: 'ethnicity groups in imported pay gaps are not checked against their classification',
    },
    {
      name: 'the Census ethnicity table for London',
      path: config.censusEthnicityFile,
      variable: 'CENSUS_ETHNICITY_FILE',
      without: 'workforce profiles are shown without London’s population beside them',
    },
    {
      name: 'the Census 2021 ethnic group table for London',
      path: config.census2021EthnicityFile,
      variable: 'CENSUS_2021_ETHNICITY_FILE',
      without: 'workforce representation metrics in annual returns are shown without their London benchmark',
    },
    {
      name: 'the postcode district lookup',
      path: config.postcodeDistrictsFile,
      variable: 'POSTCODE_DISTRICTS_FILE',
      without: 'imported employers get no borough from their postcode',
    },
  ]
}

/** A sentence for each reference file that is not where the portal looks. */
export function missingReferenceWarning(file: ReferenceFile): string | undefined {
  return existsSync(file.path) ? undefined : `${file.name} was not found at ${file.path} (set ${file.variable}), so ${file.without}.`
}

export function missingReferenceWarnings(): string[] {
  return referenceFiles()
    .map(missingReferenceWarning)
    .filter((w): w is string => w !== undefined)
}
