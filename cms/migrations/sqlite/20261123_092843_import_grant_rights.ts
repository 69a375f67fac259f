import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`imports\` ADD \`licence\` text;`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`publisher\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`licence\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`publisher\`;`)
}
