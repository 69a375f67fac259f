import { readFileSync, writeFileSync } from 'node:fs'

/**
 * A synthetic 360Giving file for the benchmark: `count` grants with the
 * amounts, dates and programmes of a real publisher's grants, from a
 * "Synthetic funder" to "Synthetic grant recipient NNNNN" (a registered-charity
 * org-id of 9,000,000 + n, above any number the Charity Commission has issued,
 * so nothing matches a real charity). Titles and descriptions say they are
 * synthetic. Returns how many grants it wrote.
 */
export function writeSyntheticGrantsFile(realFile: string, outFile: string, count: number): number {
  const real = (JSON.parse(readFileSync(realFile, 'utf8')) as { grants: Array<Record<string, unknown>> }).grants
  const grants = Array.from({ length: count }, (_, i) => {
    const source = real[i % real.length]!
    const number = String(i + 1).padStart(5, '0')
    const recipient = `Synthetic grant recipient ${number}`
    return {
      id: `360G-SYNTHETIC-${number}`,
      title: `Synthetic grant ${number}`,
      description: 'A synthetic grant generated for the benchmark.',
      awardDate: source.awardDate,
      amountAwarded: source.amountAwarded,
      currency: source.currency,
      grantProgramme: source.grantProgramme,
      recipientOrganization: [{ name: recipient, id: `GB-CHC-${9_000_000 + i}`, charityNumber: String(9_000_000 + i) }],
      fundingOrganization: [{ name: 'Synthetic funder', id: 'GB-CHC-8999999' }],
    }
  })
  writeFileSync(outFile, JSON.stringify({ grants }))
  return grants.length
}
