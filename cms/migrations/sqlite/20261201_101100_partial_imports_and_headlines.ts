import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` ADD \`publisher_headline\` integer;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` ADD \`version_publisher_headline\` integer;`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`accept_partial\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` DROP COLUMN \`publisher_headline\`;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` DROP COLUMN \`version_publisher_headline\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`accept_partial\`;`)
}
