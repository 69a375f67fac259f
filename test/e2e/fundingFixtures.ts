import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * A made-up funder's grants (360Giving flat CSV, with DEI answers),
 * applications and target, so the dashboard has measures to show and filter.
 * Worked by hand: of £4,000 in 3 grants asked and answered, £2,000 in 2 grants
 * went to equalities-led recipients (50% by amount); only £1,000 in 1 grant to
 * recipients led by communities experiencing racial inequity (DEI01: 25%).
 */
export const FUNDER = { name: 'E2E Test Funder', orgId: 'GB-CHC-9990001', slug: 'e2e-test-funder' }

export function writeFundingFixtures(dir: string): { grants: string; applications: string; targets: string } {
  const dei =
    'DEI Details:Leadership:Asked Status,DEI Details:Leadership:Reply Status,DEI Details:Leadership:Response:Taxonomy Codes,DEI Details:Mission:Asked Status,DEI Details:Project:Asked Status'
  const grant = (n: number, amount: number, leadership: string) =>
    `360G-E2E-${n},Test grant ${n},A made-up grant for the end-to-end tests,GBP,${amount},2024-0${n}-15,GB-CHC-99900${10 + n},Test Recipient ${n},${FUNDER.orgId},${FUNDER.name},Test programme,${leadership},AS100,AS100`
  const paths = {
    grants: resolve(dir, 'e2e-grants.csv'),
    applications: resolve(dir, 'e2e-applications.csv'),
    targets: resolve(dir, 'e2e-targets.csv'),
  }
  writeFileSync(
    paths.grants,
    [
      `Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,${dei}`,
      grant(1, 1000, 'AS200,RS200,DEI010100'),
      grant(2, 1000, 'AS200,RS200,DEI020000'),
      grant(3, 2000, 'AS200,RS201,'),
      grant(4, 500, 'AS100,,'),
    ].join('\r\n'),
  )
  writeFileSync(
    paths.applications,
    [
      'funder,funder_org_id,year,programme,applicant_group,received,funded',
      `${FUNDER.name},${FUNDER.orgId},2024,,user-led,40,10`,
      `${FUNDER.name},${FUNDER.orgId},2024,,other,100,40`,
    ].join('\r\n'),
  )
  writeFileSync(
    paths.targets,
    ['funder,funder_org_id,year,target_share,basis,source', `${FUNDER.name},${FUNDER.orgId},2024,30,amount,`].join('\r\n'),
  )
  return paths
}
