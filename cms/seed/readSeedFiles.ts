import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { config } from '../../domain/config'
import type { SeedInput } from './seedPortal'

function readJson(relativePath: string): unknown {
  const path = resolve(config.projectRoot, relativePath)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${relativePath}: could not be read as JSON (${(error as Error).message}).`)
  }
}

export function readSeedFiles(): SeedInput {
  return {
    plan: readJson('data/plan.json'),
    organisations: readJson('data/seed/organisations.json'),
    commitments: readJson('data/seed/commitments.json'),
    caseStudies: readJson('data/seed/case-studies.json'),
    programmeTracker: readJson('data/seed/programme-tracker.json'),
    metrics: readJson('data/seed/metrics.json'),
  }
}
