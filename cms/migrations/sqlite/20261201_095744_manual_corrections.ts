import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`grants\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`funding_applications\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_funding_applications_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`funding_targets\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_funding_targets_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`grants\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`version_manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`funding_applications\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_funding_applications_v\` DROP COLUMN \`version_manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`funding_targets\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_funding_targets_v\` DROP COLUMN \`version_manually_corrected\`;`)
}
