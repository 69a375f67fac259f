/**
 * Applies migrations, then seeds the plan and the source documents' organisations
 * and commitments. Safe to run again: existing records are never changed.
 */
import { getPortalPayload } from '../cms/getPortalPayload'
import { readSeedFiles } from '../cms/seed/readSeedFiles'
import { seedPortal } from '../cms/seed/seedPortal'

const payload = await getPortalPayload()
try {
  await payload.db.migrate()
  const summary = await seedPortal(payload, readSeedFiles())
  console.log('Seed complete. Created:', JSON.stringify(summary.created), 'Already present:', JSON.stringify(summary.existing))
} catch (error) {
  console.error(`Seed failed; nothing was changed. ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
