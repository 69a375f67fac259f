/**
 * The plain-language reading of a pay gap: "for every £1 men earn, women earn
 * 88p". A negative gap means the comparison group earns more than £1.
 */
export function perPound(gapPercent: number, reference: string, comparison: string): string {
  const pence = Math.round(100 - gapPercent)
  const amount = pence === 100 ? '£1' : pence > 100 ? `£${(pence / 100).toFixed(2)}` : `${pence}p`
  return `for every £1 ${reference.toLowerCase()} earn, ${comparison.toLowerCase()} earn ${amount}`
}
