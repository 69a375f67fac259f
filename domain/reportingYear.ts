/**
 * Pay gap reporting years run across two calendar years and are named by both:
 * the 2022-23 year has its snapshot in 2022 (5 April, or 31 March for public
 * bodies). The portal stores the first year and writes the label everywhere
 * (pages, datasets, downloads) with this one function.
 */
export function reportingYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`
}
