/**
 * Regenerates data/plan.json from the self-assessment template text.
 * Usage: npm run plan:import -- [path/to/template.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parsePlan } from '../domain/plan/parsePlan'

const source = resolve(process.argv[2] ?? '../shared/seeds/000_4c9b8345e7c294ec.txt')
const target = resolve('data/plan.json')
const plan = parsePlan(readFileSync(source, 'utf8'))
writeFileSync(target, JSON.stringify({ source: 'shared/seeds/000_4c9b8345e7c294ec.txt', ...plan }, null, 2) + '\n')
console.log(
  `Wrote ${target}: ${plan.priorities.length} priorities, ${plan.actions.length} actions, ${plan.steps.length} steps, ${plan.stages.length} stages.`,
)
