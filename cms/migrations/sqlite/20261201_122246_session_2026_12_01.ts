import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`returns_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step_id\` text,
  	\`status\` text DEFAULT 'planned',
  	\`stage_id\` text,
  	\`target_date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`step_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`returns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`returns_steps_order_idx\` ON \`returns_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`returns_steps_parent_id_idx\` ON \`returns_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_steps_step_idx\` ON \`returns_steps\` (\`step_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_steps_stage_idx\` ON \`returns_steps\` (\`stage_id\`);`)
  await db.run(sql`CREATE TABLE \`returns_priorities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`priority_id\` text,
  	\`actions_to_complete\` text,
  	\`support_required\` text,
  	FOREIGN KEY (\`priority_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`returns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`returns_priorities_order_idx\` ON \`returns_priorities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`returns_priorities_parent_id_idx\` ON \`returns_priorities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_priorities_priority_idx\` ON \`returns_priorities\` (\`priority_id\`);`)
  await db.run(sql`CREATE TABLE \`returns_metric_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric_id\` integer,
  	\`answer\` text,
  	\`value\` numeric,
  	\`comment\` text,
  	FOREIGN KEY (\`metric_id\`) REFERENCES \`metrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`returns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`returns_metric_answers_order_idx\` ON \`returns_metric_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`returns_metric_answers_parent_id_idx\` ON \`returns_metric_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_metric_answers_metric_idx\` ON \`returns_metric_answers\` (\`metric_id\`);`)
  await db.run(sql`CREATE TABLE \`returns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organisation_id\` integer,
  	\`year\` numeric,
  	\`progress\` text,
  	\`challenges\` text,
  	\`support_needed\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_at\` text,
  	\`last_edited_by_id\` integer,
  	\`correction_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`returns_organisation_idx\` ON \`returns\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_year_idx\` ON \`returns\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`returns_last_edited_by_idx\` ON \`returns\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`returns_updated_at_idx\` ON \`returns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`returns_created_at_idx\` ON \`returns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`returns__status_idx\` ON \`returns\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisation_year_idx\` ON \`returns\` (\`organisation_id\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`_returns_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step_id\` text,
  	\`status\` text DEFAULT 'planned',
  	\`stage_id\` text,
  	\`target_date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`step_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_returns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_returns_v_version_steps_order_idx\` ON \`_returns_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_steps_parent_id_idx\` ON \`_returns_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_steps_step_idx\` ON \`_returns_v_version_steps\` (\`step_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_steps_stage_idx\` ON \`_returns_v_version_steps\` (\`stage_id\`);`)
  await db.run(sql`CREATE TABLE \`_returns_v_version_priorities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`priority_id\` text,
  	\`actions_to_complete\` text,
  	\`support_required\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`priority_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_returns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_returns_v_version_priorities_order_idx\` ON \`_returns_v_version_priorities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_priorities_parent_id_idx\` ON \`_returns_v_version_priorities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_priorities_priority_idx\` ON \`_returns_v_version_priorities\` (\`priority_id\`);`)
  await db.run(sql`CREATE TABLE \`_returns_v_version_metric_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`metric_id\` integer,
  	\`answer\` text,
  	\`value\` numeric,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`metric_id\`) REFERENCES \`metrics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_returns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_returns_v_version_metric_answers_order_idx\` ON \`_returns_v_version_metric_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_metric_answers_parent_id_idx\` ON \`_returns_v_version_metric_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_metric_answers_metric_idx\` ON \`_returns_v_version_metric_answers\` (\`metric_id\`);`)
  await db.run(sql`CREATE TABLE \`_returns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_organisation_id\` integer,
  	\`version_year\` numeric,
  	\`version_progress\` text,
  	\`version_challenges\` text,
  	\`version_support_needed\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_submitted_at\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_correction_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`returns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_returns_v_parent_idx\` ON \`_returns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version_organisation_idx\` ON \`_returns_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version_year_idx\` ON \`_returns_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version_last_edited_by_idx\` ON \`_returns_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version_updated_at_idx\` ON \`_returns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version_created_at_idx\` ON \`_returns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_version_version__status_idx\` ON \`_returns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_created_at_idx\` ON \`_returns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_updated_at_idx\` ON \`_returns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_returns_v_latest_idx\` ON \`_returns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_organisation_version_year_idx\` ON \`_returns_v\` (\`version_organisation_id\`,\`version_year\`);`)
  await db.run(sql`CREATE TABLE \`metrics_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text NOT NULL,
  	\`section\` text,
  	\`url\` text,
  	\`quote\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`metrics_sources_order_idx\` ON \`metrics_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`metrics_sources_parent_id_idx\` ON \`metrics_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`action_id\` text NOT NULL,
  	\`step_id\` text,
  	\`answer_type\` text NOT NULL,
  	\`unit\` text,
  	\`benchmark_kind\` text DEFAULT 'none' NOT NULL,
  	\`benchmark_ethnic_group\` text,
  	\`benchmark_value\` numeric,
  	\`benchmark_period\` text,
  	\`benchmark_source\` text,
  	\`benchmark_source_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`action_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`step_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`metrics_code_idx\` ON \`metrics\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`metrics_action_idx\` ON \`metrics\` (\`action_id\`);`)
  await db.run(sql`CREATE INDEX \`metrics_step_idx\` ON \`metrics\` (\`step_id\`);`)
  await db.run(sql`CREATE INDEX \`metrics_updated_at_idx\` ON \`metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`metrics_created_at_idx\` ON \`metrics\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`steps\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`returns_id\` integer REFERENCES returns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`metrics_id\` integer REFERENCES metrics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`city_indicators_id\` integer REFERENCES city_indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_results_id\` integer REFERENCES survey_results(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`equality_publications_id\` integer REFERENCES equality_publications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`problem_reports_id\` integer REFERENCES problem_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dataset_releases_id\` integer REFERENCES dataset_releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_returns_id_idx\` ON \`payload_locked_documents_rels\` (\`returns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_city_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`city_indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_results_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_equality_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`equality_publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`returns_steps\`;`)
  await db.run(sql`DROP TABLE \`returns_priorities\`;`)
  await db.run(sql`DROP TABLE \`returns_metric_answers\`;`)
  await db.run(sql`DROP TABLE \`returns\`;`)
  await db.run(sql`DROP TABLE \`_returns_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_returns_v_version_priorities\`;`)
  await db.run(sql`DROP TABLE \`_returns_v_version_metric_answers\`;`)
  await db.run(sql`DROP TABLE \`_returns_v\`;`)
  await db.run(sql`DROP TABLE \`metrics_sources\`;`)
  await db.run(sql`DROP TABLE \`metrics\`;`)
  await db.run(sql`DROP TABLE \`city_indicators\`;`)
  await db.run(sql`DROP TABLE \`_city_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`survey_results\`;`)
  await db.run(sql`DROP TABLE \`_survey_results_v\`;`)
  await db.run(sql`DROP TABLE \`equality_publications\`;`)
  await db.run(sql`DROP TABLE \`_equality_publications_v\`;`)
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
  await db.run(sql`ALTER TABLE \`steps\` DROP COLUMN \`title\`;`)
}
