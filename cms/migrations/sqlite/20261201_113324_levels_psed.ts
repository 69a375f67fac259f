import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`city_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`measure\` text NOT NULL,
  	\`priority\` numeric NOT NULL,
  	\`period\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`group\` text DEFAULT 'All Londoners',
  	\`value\` numeric NOT NULL,
  	\`unit\` text DEFAULT 'percent' NOT NULL,
  	\`sample_size\` numeric,
  	\`design_effect\` numeric,
  	\`source\` text NOT NULL,
  	\`source_url\` text,
  	\`notes\` text,
  	\`source_file\` text,
  	\`manually_corrected\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`city_indicators_measure_idx\` ON \`city_indicators\` (\`measure\`);`)
  await db.run(sql`CREATE INDEX \`city_indicators_updated_at_idx\` ON \`city_indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`city_indicators_created_at_idx\` ON \`city_indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_city_indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_measure\` text NOT NULL,
  	\`version_priority\` numeric NOT NULL,
  	\`version_period\` text NOT NULL,
  	\`version_date\` text NOT NULL,
  	\`version_group\` text DEFAULT 'All Londoners',
  	\`version_value\` numeric NOT NULL,
  	\`version_unit\` text DEFAULT 'percent' NOT NULL,
  	\`version_sample_size\` numeric,
  	\`version_design_effect\` numeric,
  	\`version_source\` text NOT NULL,
  	\`version_source_url\` text,
  	\`version_notes\` text,
  	\`version_source_file\` text,
  	\`version_manually_corrected\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`city_indicators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_parent_idx\` ON \`_city_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_version_version_measure_idx\` ON \`_city_indicators_v\` (\`version_measure\`);`)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_version_version_updated_at_idx\` ON \`_city_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_version_version_created_at_idx\` ON \`_city_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_created_at_idx\` ON \`_city_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_city_indicators_v_updated_at_idx\` ON \`_city_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`survey_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`measure\` text NOT NULL,
  	\`priority\` numeric NOT NULL,
  	\`period\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`group\` text DEFAULT 'All Londoners',
  	\`value\` numeric NOT NULL,
  	\`unit\` text DEFAULT 'percent' NOT NULL,
  	\`sample_size\` numeric NOT NULL,
  	\`design_effect\` numeric,
  	\`source\` text NOT NULL,
  	\`source_url\` text,
  	\`notes\` text,
  	\`source_file\` text,
  	\`manually_corrected\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_results_measure_idx\` ON \`survey_results\` (\`measure\`);`)
  await db.run(sql`CREATE INDEX \`survey_results_updated_at_idx\` ON \`survey_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_results_created_at_idx\` ON \`survey_results\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_survey_results_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_measure\` text NOT NULL,
  	\`version_priority\` numeric NOT NULL,
  	\`version_period\` text NOT NULL,
  	\`version_date\` text NOT NULL,
  	\`version_group\` text DEFAULT 'All Londoners',
  	\`version_value\` numeric NOT NULL,
  	\`version_unit\` text DEFAULT 'percent' NOT NULL,
  	\`version_sample_size\` numeric NOT NULL,
  	\`version_design_effect\` numeric,
  	\`version_source\` text NOT NULL,
  	\`version_source_url\` text,
  	\`version_notes\` text,
  	\`version_source_file\` text,
  	\`version_manually_corrected\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_results\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_survey_results_v_parent_idx\` ON \`_survey_results_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_survey_results_v_version_version_measure_idx\` ON \`_survey_results_v\` (\`version_measure\`);`)
  await db.run(sql`CREATE INDEX \`_survey_results_v_version_version_updated_at_idx\` ON \`_survey_results_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_results_v_version_version_created_at_idx\` ON \`_survey_results_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_results_v_created_at_idx\` ON \`_survey_results_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_survey_results_v_updated_at_idx\` ON \`_survey_results_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`equality_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organisation_id\` integer,
  	\`kind\` text,
  	\`published_on\` text,
  	\`url\` text,
  	\`covers_period\` text,
  	\`notes\` text,
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
  await db.run(sql`CREATE INDEX \`equality_publications_organisation_idx\` ON \`equality_publications\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`equality_publications_last_edited_by_idx\` ON \`equality_publications\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`equality_publications_updated_at_idx\` ON \`equality_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`equality_publications_created_at_idx\` ON \`equality_publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`equality_publications__status_idx\` ON \`equality_publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_equality_publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_organisation_id\` integer,
  	\`version_kind\` text,
  	\`version_published_on\` text,
  	\`version_url\` text,
  	\`version_covers_period\` text,
  	\`version_notes\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`equality_publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_parent_idx\` ON \`_equality_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_version_version_organisation_idx\` ON \`_equality_publications_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_version_version_last_edited_by_idx\` ON \`_equality_publications_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_version_version_updated_at_idx\` ON \`_equality_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_version_version_created_at_idx\` ON \`_equality_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_version_version__status_idx\` ON \`_equality_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_created_at_idx\` ON \`_equality_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_updated_at_idx\` ON \`_equality_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_equality_publications_v_latest_idx\` ON \`_equality_publications_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`city_indicators_id\` integer REFERENCES city_indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_results_id\` integer REFERENCES survey_results(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`equality_publications_id\` integer REFERENCES equality_publications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_city_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`city_indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_results_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_equality_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`equality_publications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`city_indicators\`;`)
  await db.run(sql`DROP TABLE \`_city_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`survey_results\`;`)
  await db.run(sql`DROP TABLE \`_survey_results_v\`;`)
  await db.run(sql`DROP TABLE \`equality_publications\`;`)
  await db.run(sql`DROP TABLE \`_equality_publications_v\`;`)
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
  	\`problem_reports_id\` integer,
  	\`corrections_id\` integer,
  	\`dataset_releases_id\` integer,
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
  	FOREIGN KEY (\`problem_reports_id\`) REFERENCES \`problem_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_releases_id\`) REFERENCES \`dataset_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "resources_id", "resource_files_id", "case_studies_id", "tri_actions_id", "imports_id", "problem_reports_id", "corrections_id", "dataset_releases_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "resources_id", "resource_files_id", "case_studies_id", "tri_actions_id", "imports_id", "problem_reports_id", "corrections_id", "dataset_releases_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
