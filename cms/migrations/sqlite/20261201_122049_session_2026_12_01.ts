import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`problem_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`record_title\` text NOT NULL,
  	\`page\` text,
  	\`message\` text NOT NULL,
  	\`email\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`curator_note\` text,
  	\`address_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`problem_reports_record_id_idx\` ON \`problem_reports\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_status_idx\` ON \`problem_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_address_hash_idx\` ON \`problem_reports\` (\`address_hash\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_updated_at_idx\` ON \`problem_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_created_at_idx\` ON \`problem_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`record_title\` text NOT NULL,
  	\`organisation\` text,
  	\`field\` text NOT NULL,
  	\`field_label\` text NOT NULL,
  	\`old_value\` text,
  	\`new_value\` text,
  	\`reason\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`corrected_at\` text NOT NULL,
  	\`corrected_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_collection_idx\` ON \`corrections\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`corrections_record_id_idx\` ON \`corrections\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_organisation_idx\` ON \`corrections\` (\`organisation\`);`)
  await db.run(sql`CREATE INDEX \`corrections_corrected_at_idx\` ON \`corrections\` (\`corrected_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_corrected_by_idx\` ON \`corrections\` (\`corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dataset_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`dataset\` text NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`released_at\` text NOT NULL,
  	\`note\` text NOT NULL,
  	\`rows_added\` numeric NOT NULL,
  	\`rows_changed\` numeric NOT NULL,
  	\`rows_removed\` numeric NOT NULL,
  	\`row_count\` numeric NOT NULL,
  	\`sha256\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`dataset_releases_dataset_idx\` ON \`dataset_releases\` (\`dataset\`);`)
  await db.run(sql`CREATE INDEX \`dataset_releases_updated_at_idx\` ON \`dataset_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dataset_releases_created_at_idx\` ON \`dataset_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dataset_releases_filename_idx\` ON \`dataset_releases\` (\`filename\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dataset_number_idx\` ON \`dataset_releases\` (\`dataset\`,\`number\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` ADD \`publisher_headline\` integer;`)
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` ADD \`correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` ADD \`version_publisher_headline\` integer;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` ADD \`version_correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`workforce_profiles\` ADD \`correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_workforce_profiles_v\` ADD \`version_correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_correction_reason\` text;`)
  await db.run(sql`ALTER TABLE \`funding_applications\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_funding_applications_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`funding_targets\` ADD \`manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_funding_targets_v\` ADD \`version_manually_corrected\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`accept_partial\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`problem_reports_id\` integer REFERENCES problem_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dataset_releases_id\` integer REFERENCES dataset_releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`problem_reports\`;`)
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`DROP TABLE \`dataset_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`commitments_id\` integer,
  	\`pay_gap_reports_id\` integer,
  	\`workforce_profiles_id\` integer,
  	\`grants_id\` integer,
  	\`funding_applications_id\` integer,
  	\`funding_targets_id\` integer,
  	\`resources_id\` integer,
  	\`resource_files_id\` integer,
  	\`case_studies_id\` integer,
  	\`tri_actions_id\` integer,
  	\`imports_id\` integer,
  	\`priorities_id\` text,
  	\`actions_id\` text,
  	\`steps_id\` text,
  	\`stages_id\` text,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commitments_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pay_gap_reports_id\`) REFERENCES \`pay_gap_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workforce_profiles_id\`) REFERENCES \`workforce_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`grants_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_applications_id\`) REFERENCES \`funding_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_targets_id\`) REFERENCES \`funding_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resource_files_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tri_actions_id\`) REFERENCES \`tri_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "resources_id", "resource_files_id", "case_studies_id", "tri_actions_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "resources_id", "resource_files_id", "case_studies_id", "tri_actions_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commitments_id_idx\` ON \`payload_locked_documents_rels\` (\`commitments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pay_gap_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`pay_gap_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workforce_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`workforce_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`grants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resource_files_id_idx\` ON \`payload_locked_documents_rels\` (\`resource_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tri_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`tri_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` DROP COLUMN \`publisher_headline\`;`)
  await db.run(sql`ALTER TABLE \`pay_gap_reports\` DROP COLUMN \`correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` DROP COLUMN \`version_publisher_headline\`;`)
  await db.run(sql`ALTER TABLE \`_pay_gap_reports_v\` DROP COLUMN \`version_correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`workforce_profiles\` DROP COLUMN \`correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`_workforce_profiles_v\` DROP COLUMN \`version_correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`grants\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`grants\` DROP COLUMN \`correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`version_manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`version_correction_reason\`;`)
  await db.run(sql`ALTER TABLE \`funding_applications\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_funding_applications_v\` DROP COLUMN \`version_manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`funding_targets\` DROP COLUMN \`manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`_funding_targets_v\` DROP COLUMN \`version_manually_corrected\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`accept_partial\`;`)
}
