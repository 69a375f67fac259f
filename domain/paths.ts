import { resolve } from 'node:path'

/**
 * Every command runs from the repository root (npm scripts do), so paths are
 * resolved from the working directory rather than from this file, whose location
 * differs once Next has bundled it.
 */
export const projectRoot = process.env.PORTAL_ROOT ?? process.cwd()
export const dataDir = resolve(projectRoot, '.data')
export const defaultSqlitePath = resolve(dataDir, 'fairer-city.db')
export const migrationsDir = resolve(projectRoot, 'cms/migrations')
