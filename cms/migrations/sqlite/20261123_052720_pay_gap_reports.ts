import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pay_gap_reports_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pay_gap_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_flags_order_idx\` ON \`pay_gap_reports_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_flags_parent_id_idx\` ON \`pay_gap_reports_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pay_gap_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organisation_id\` integer,
  	\`year\` numeric,
  	\`snapshot_date\` text,
  	\`characteristic\` text,
  	\`classification\` text,
  	\`reference_group\` text,
  	\`comparison_group\` text,
  	\`headcount\` numeric,
  	\`employer_size\` text,
  	\`mean_hourly_gap_value\` numeric,
  	\`mean_hourly_gap_status\` text DEFAULT 'not-reported',
  	\`mean_hourly_gap_symbol\` text,
  	\`median_hourly_gap_value\` numeric,
  	\`median_hourly_gap_status\` text DEFAULT 'not-reported',
  	\`median_hourly_gap_symbol\` text,
  	\`mean_bonus_gap_value\` numeric,
  	\`mean_bonus_gap_status\` text DEFAULT 'not-reported',
  	\`mean_bonus_gap_symbol\` text,
  	\`median_bonus_gap_value\` numeric,
  	\`median_bonus_gap_status\` text DEFAULT 'not-reported',
  	\`median_bonus_gap_symbol\` text,
  	\`reference_bonus_share_value\` numeric,
  	\`reference_bonus_share_status\` text DEFAULT 'not-reported',
  	\`reference_bonus_share_symbol\` text,
  	\`comparison_bonus_share_value\` numeric,
  	\`comparison_bonus_share_status\` text DEFAULT 'not-reported',
  	\`comparison_bonus_share_symbol\` text,
  	\`q1_reference_value\` numeric,
  	\`q1_reference_status\` text DEFAULT 'not-reported',
  	\`q1_reference_symbol\` text,
  	\`q1_comparison_value\` numeric,
  	\`q1_comparison_status\` text DEFAULT 'not-reported',
  	\`q1_comparison_symbol\` text,
  	\`q2_reference_value\` numeric,
  	\`q2_reference_status\` text DEFAULT 'not-reported',
  	\`q2_reference_symbol\` text,
  	\`q2_comparison_value\` numeric,
  	\`q2_comparison_status\` text DEFAULT 'not-reported',
  	\`q2_comparison_symbol\` text,
  	\`q3_reference_value\` numeric,
  	\`q3_reference_status\` text DEFAULT 'not-reported',
  	\`q3_reference_symbol\` text,
  	\`q3_comparison_value\` numeric,
  	\`q3_comparison_status\` text DEFAULT 'not-reported',
  	\`q3_comparison_symbol\` text,
  	\`q4_reference_value\` numeric,
  	\`q4_reference_status\` text DEFAULT 'not-reported',
  	\`q4_reference_symbol\` text,
  	\`q4_comparison_value\` numeric,
  	\`q4_comparison_status\` text DEFAULT 'not-reported',
  	\`q4_comparison_symbol\` text,
  	\`narrative_url\` text,
  	\`action_plan_url\` text,
  	\`responsible_person\` text,
  	\`date_submitted\` text,
  	\`due_date\` text,
  	\`submitted_late\` integer DEFAULT false,
  	\`provenance_source\` text DEFAULT 'manual',
  	\`provenance_source_key\` text,
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
  await db.run(sql`CREATE INDEX \`pay_gap_reports_organisation_idx\` ON \`pay_gap_reports\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_year_idx\` ON \`pay_gap_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_characteristic_idx\` ON \`pay_gap_reports\` (\`characteristic\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_provenance_provenance_source_key_idx\` ON \`pay_gap_reports\` (\`provenance_source_key\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_last_edited_by_idx\` ON \`pay_gap_reports\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_updated_at_idx\` ON \`pay_gap_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports_created_at_idx\` ON \`pay_gap_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pay_gap_reports__status_idx\` ON \`pay_gap_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pay_gap_reports_v_version_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`message\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pay_gap_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_flags_order_idx\` ON \`_pay_gap_reports_v_version_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_flags_parent_id_idx\` ON \`_pay_gap_reports_v_version_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pay_gap_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_organisation_id\` integer,
  	\`version_year\` numeric,
  	\`version_snapshot_date\` text,
  	\`version_characteristic\` text,
  	\`version_classification\` text,
  	\`version_reference_group\` text,
  	\`version_comparison_group\` text,
  	\`version_headcount\` numeric,
  	\`version_employer_size\` text,
  	\`version_mean_hourly_gap_value\` numeric,
  	\`version_mean_hourly_gap_status\` text DEFAULT 'not-reported',
  	\`version_mean_hourly_gap_symbol\` text,
  	\`version_median_hourly_gap_value\` numeric,
  	\`version_median_hourly_gap_status\` text DEFAULT 'not-reported',
  	\`version_median_hourly_gap_symbol\` text,
  	\`version_mean_bonus_gap_value\` numeric,
  	\`version_mean_bonus_gap_status\` text DEFAULT 'not-reported',
  	\`version_mean_bonus_gap_symbol\` text,
  	\`version_median_bonus_gap_value\` numeric,
  	\`version_median_bonus_gap_status\` text DEFAULT 'not-reported',
  	\`version_median_bonus_gap_symbol\` text,
  	\`version_reference_bonus_share_value\` numeric,
  	\`version_reference_bonus_share_status\` text DEFAULT 'not-reported',
  	\`version_reference_bonus_share_symbol\` text,
  	\`version_comparison_bonus_share_value\` numeric,
  	\`version_comparison_bonus_share_status\` text DEFAULT 'not-reported',
  	\`version_comparison_bonus_share_symbol\` text,
  	\`version_q1_reference_value\` numeric,
  	\`version_q1_reference_status\` text DEFAULT 'not-reported',
  	\`version_q1_reference_symbol\` text,
  	\`version_q1_comparison_value\` numeric,
  	\`version_q1_comparison_status\` text DEFAULT 'not-reported',
  	\`version_q1_comparison_symbol\` text,
  	\`version_q2_reference_value\` numeric,
  	\`version_q2_reference_status\` text DEFAULT 'not-reported',
  	\`version_q2_reference_symbol\` text,
  	\`version_q2_comparison_value\` numeric,
  	\`version_q2_comparison_status\` text DEFAULT 'not-reported',
  	\`version_q2_comparison_symbol\` text,
  	\`version_q3_reference_value\` numeric,
  	\`version_q3_reference_status\` text DEFAULT 'not-reported',
  	\`version_q3_reference_symbol\` text,
  	\`version_q3_comparison_value\` numeric,
  	\`version_q3_comparison_status\` text DEFAULT 'not-reported',
  	\`version_q3_comparison_symbol\` text,
  	\`version_q4_reference_value\` numeric,
  	\`version_q4_reference_status\` text DEFAULT 'not-reported',
  	\`version_q4_reference_symbol\` text,
  	\`version_q4_comparison_value\` numeric,
  	\`version_q4_comparison_status\` text DEFAULT 'not-reported',
  	\`version_q4_comparison_symbol\` text,
  	\`version_narrative_url\` text,
  	\`version_action_plan_url\` text,
  	\`version_responsible_person\` text,
  	\`version_date_submitted\` text,
  	\`version_due_date\` text,
  	\`version_submitted_late\` integer DEFAULT false,
  	\`version_provenance_source\` text DEFAULT 'manual',
  	\`version_provenance_source_key\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pay_gap_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_parent_idx\` ON \`_pay_gap_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_organisation_idx\` ON \`_pay_gap_reports_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_year_idx\` ON \`_pay_gap_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_characteristic_idx\` ON \`_pay_gap_reports_v\` (\`version_characteristic\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_provenance_version_provenance_idx\` ON \`_pay_gap_reports_v\` (\`version_provenance_source_key\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_last_edited_by_idx\` ON \`_pay_gap_reports_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_updated_at_idx\` ON \`_pay_gap_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version_created_at_idx\` ON \`_pay_gap_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_version_version__status_idx\` ON \`_pay_gap_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_created_at_idx\` ON \`_pay_gap_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_updated_at_idx\` ON \`_pay_gap_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pay_gap_reports_v_latest_idx\` ON \`_pay_gap_reports_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`identifiers_gpg_employer_id\` text;`)
  await db.run(sql`CREATE INDEX \`organisations_identifiers_identifiers_gpg_employer_id_idx\` ON \`organisations\` (\`identifiers_gpg_employer_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_identifiers_gpg_employer_id\` text;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_identifiers_version_identifie_1_idx\` ON \`_organisations_v\` (\`version_identifiers_gpg_employer_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pay_gap_reports_id\` integer REFERENCES pay_gap_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pay_gap_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`pay_gap_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pay_gap_reports_flags\`;`)
  await db.run(sql`DROP TABLE \`pay_gap_reports\`;`)
  await db.run(sql`DROP TABLE \`_pay_gap_reports_v_version_flags\`;`)
  await db.run(sql`DROP TABLE \`_pay_gap_reports_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`commitments_id\` integer,
  	\`priorities_id\` text,
  	\`actions_id\` text,
  	\`steps_id\` text,
  	\`stages_id\` text,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commitments_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commitments_id_idx\` ON \`payload_locked_documents_rels\` (\`commitments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`organisations_identifiers_identifiers_gpg_employer_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`identifiers_gpg_employer_id\`;`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_identifiers_version_identifie_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_identifiers_gpg_employer_id\`;`)
}
