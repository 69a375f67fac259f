import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Synthetic level-1 and level-2 series (made up: the source documents hold no
 * such figures), so the charts have intervals and changes to draw. Worked by
 * hand: 40% then 46% of 1,000 respondents is a real rise (Newcombe's interval
 * +1.7 to +10.3 points); 38% then 41% of 180 disabled respondents is not.
 */
export const SYNTHETIC_QUESTION = 'Synthetic question: I can see a change in how fairly Londoners are treated'

export function writeLevelFixtures(dir: string): { survey: string; indicators: string } {
  const paths = { survey: resolve(dir, 'e2e-survey.csv'), indicators: resolve(dir, 'e2e-indicators.csv') }
  const note = 'Synthetic: made up for the end-to-end tests'
  writeFileSync(
    paths.survey,
    [
      'question,priority,wave,date,group,value,unit,sample_size,design_effect,source,source_url,notes',
      `${SYNTHETIC_QUESTION},1,Wave 1,31/10/2025,,40,percent,1000,,Synthetic survey,,${note}`,
      `${SYNTHETIC_QUESTION},1,Wave 2,30/04/2026,,46,percent,1000,,Synthetic survey,,${note}`,
      `${SYNTHETIC_QUESTION},1,Wave 1,31/10/2025,Disabled Londoners,38,percent,180,1.3,Synthetic survey,,${note}`,
      `${SYNTHETIC_QUESTION},1,Wave 2,30/04/2026,Disabled Londoners,41,percent,180,1.3,Synthetic survey,,${note}`,
    ].join('\r\n') + '\r\n',
  )
  writeFileSync(
    paths.indicators,
    [
      'indicator,priority,period,date,group,value,unit,sample_size,design_effect,source,source_url,notes',
      `Synthetic indicator: Londoners in poverty after housing costs,2,2022-23,2023-03-31,,25,percent,,,Synthetic source,,${note}`,
      `Synthetic indicator: Londoners in poverty after housing costs,2,2023-24,2024-03-31,,24,percent,,,Synthetic source,,${note}`,
    ].join('\r\n') + '\r\n',
  )
  return paths
}
