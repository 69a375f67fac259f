import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workforce_profiles_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`characteristic\` text,
  	\`category\` text,
  	\`headcount\` numeric,
  	\`status\` text DEFAULT 'reported',
  	\`symbol\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workforce_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workforce_profiles_counts_order_idx\` ON \`workforce_profiles_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workforce_profiles_counts_parent_id_idx\` ON \`workforce_profiles_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workforce_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organisation_id\` integer,
  	\`published\` text,
  	\`grouping\` text DEFAULT 'All staff',
  	\`level\` text,
  	\`employees\` numeric,
  	\`link_to_information\` text,
  	\`provenance_source\` text DEFAULT 'manual',
  	\`provenance_source_file\` text,
  	\`provenance_source_row\` numeric,
  	\`manually_corrected\` integer DEFAULT false,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_at\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workforce_profiles_organisation_idx\` ON \`workforce_profiles\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`workforce_profiles_last_edited_by_idx\` ON \`workforce_profiles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workforce_profiles_updated_at_idx\` ON \`workforce_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workforce_profiles_created_at_idx\` ON \`workforce_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`workforce_profiles__status_idx\` ON \`workforce_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_workforce_profiles_v_version_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`characteristic\` text,
  	\`category\` text,
  	\`headcount\` numeric,
  	\`status\` text DEFAULT 'reported',
  	\`symbol\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_workforce_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_counts_order_idx\` ON \`_workforce_profiles_v_version_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_counts_parent_id_idx\` ON \`_workforce_profiles_v_version_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_workforce_profiles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_organisation_id\` integer,
  	\`version_published\` text,
  	\`version_grouping\` text DEFAULT 'All staff',
  	\`version_level\` text,
  	\`version_employees\` numeric,
  	\`version_link_to_information\` text,
  	\`version_provenance_source\` text DEFAULT 'manual',
  	\`version_provenance_source_file\` text,
  	\`version_provenance_source_row\` numeric,
  	\`version_manually_corrected\` integer DEFAULT false,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_submitted_at\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workforce_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_parent_idx\` ON \`_workforce_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_version_organisation_idx\` ON \`_workforce_profiles_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_version_last_edited_by_idx\` ON \`_workforce_profiles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_version_updated_at_idx\` ON \`_workforce_profiles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_version_created_at_idx\` ON \`_workforce_profiles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_version_version__status_idx\` ON \`_workforce_profiles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_created_at_idx\` ON \`_workforce_profiles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_updated_at_idx\` ON \`_workforce_profiles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_workforce_profiles_v_latest_idx\` ON \`_workforce_profiles_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workforce_profiles_id\` integer REFERENCES workforce_profiles(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workforce_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`workforce_profiles_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workforce_profiles_counts\`;`)
  await db.run(sql`DROP TABLE \`workforce_profiles\`;`)
  await db.run(sql`DROP TABLE \`_workforce_profiles_v_version_counts\`;`)
  await db.run(sql`DROP TABLE \`_workforce_profiles_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`commitments_id\` integer,
  	\`pay_gap_reports_id\` integer,
  	\`priorities_id\` text,
  	\`actions_id\` text,
  	\`steps_id\` text,
  	\`stages_id\` text,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commitments_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pay_gap_reports_id\`) REFERENCES \`pay_gap_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commitments_id_idx\` ON \`payload_locked_documents_rels\` (\`commitments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pay_gap_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`pay_gap_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
