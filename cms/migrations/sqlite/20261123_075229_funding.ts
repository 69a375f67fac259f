import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`grants_classifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`vocabulary\` text,
  	\`code\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`grants_classifications_order_idx\` ON \`grants_classifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`grants_classifications_parent_id_idx\` ON \`grants_classifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`grants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`grant_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`currency\` text NOT NULL,
  	\`amount_applied_for\` numeric,
  	\`amount_awarded\` numeric NOT NULL,
  	\`award_date\` text NOT NULL,
  	\`year\` numeric,
  	\`planned_start\` text,
  	\`planned_end\` text,
  	\`funder_organisation_id\` integer,
  	\`funder_org_id\` text NOT NULL,
  	\`funder_name\` text NOT NULL,
  	\`recipient_organisation_id\` integer,
  	\`recipient_org_id\` text NOT NULL,
  	\`recipient_name\` text NOT NULL,
  	\`programme\` text,
  	\`beneficiary_location\` text,
  	\`from_open_call\` text,
  	\`url\` text,
  	\`dei_leadership_asked_status\` text,
  	\`dei_leadership_reply_status\` text,
  	\`dei_mission_asked_status\` text,
  	\`dei_mission_reply_status\` text,
  	\`dei_project_asked_status\` text,
  	\`dei_project_reply_status\` text,
  	\`published\` text,
  	\`provenance_publisher\` text,
  	\`provenance_licence\` text,
  	\`provenance_data_source\` text,
  	\`provenance_source_file\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`funder_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recipient_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_grant_id_idx\` ON \`grants\` (\`grant_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_award_date_idx\` ON \`grants\` (\`award_date\`);`)
  await db.run(sql`CREATE INDEX \`grants_year_idx\` ON \`grants\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`grants_funder_funder_organisation_idx\` ON \`grants\` (\`funder_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_funder_funder_org_id_idx\` ON \`grants\` (\`funder_org_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_recipient_recipient_organisation_idx\` ON \`grants\` (\`recipient_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_recipient_recipient_org_id_idx\` ON \`grants\` (\`recipient_org_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_programme_idx\` ON \`grants\` (\`programme\`);`)
  await db.run(sql`CREATE INDEX \`grants_updated_at_idx\` ON \`grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`grants_created_at_idx\` ON \`grants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`grants_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`grants_texts_order_parent\` ON \`grants_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_version_classifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`vocabulary\` text,
  	\`code\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_version_classifications_order_idx\` ON \`_grants_v_version_classifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_classifications_parent_id_idx\` ON \`_grants_v_version_classifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_grant_id\` text NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_description\` text,
  	\`version_currency\` text NOT NULL,
  	\`version_amount_applied_for\` numeric,
  	\`version_amount_awarded\` numeric NOT NULL,
  	\`version_award_date\` text NOT NULL,
  	\`version_year\` numeric,
  	\`version_planned_start\` text,
  	\`version_planned_end\` text,
  	\`version_funder_organisation_id\` integer,
  	\`version_funder_org_id\` text NOT NULL,
  	\`version_funder_name\` text NOT NULL,
  	\`version_recipient_organisation_id\` integer,
  	\`version_recipient_org_id\` text NOT NULL,
  	\`version_recipient_name\` text NOT NULL,
  	\`version_programme\` text,
  	\`version_beneficiary_location\` text,
  	\`version_from_open_call\` text,
  	\`version_url\` text,
  	\`version_dei_leadership_asked_status\` text,
  	\`version_dei_leadership_reply_status\` text,
  	\`version_dei_mission_asked_status\` text,
  	\`version_dei_mission_reply_status\` text,
  	\`version_dei_project_asked_status\` text,
  	\`version_dei_project_reply_status\` text,
  	\`version_published\` text,
  	\`version_provenance_publisher\` text,
  	\`version_provenance_licence\` text,
  	\`version_provenance_data_source\` text,
  	\`version_provenance_source_file\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_funder_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_recipient_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_parent_idx\` ON \`_grants_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_grant_id_idx\` ON \`_grants_v\` (\`version_grant_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_award_date_idx\` ON \`_grants_v\` (\`version_award_date\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_year_idx\` ON \`_grants_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_funder_version_funder_organisation_idx\` ON \`_grants_v\` (\`version_funder_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_funder_version_funder_org_id_idx\` ON \`_grants_v\` (\`version_funder_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_recipient_version_recipient_organisati_idx\` ON \`_grants_v\` (\`version_recipient_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_recipient_version_recipient_org_id_idx\` ON \`_grants_v\` (\`version_recipient_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_programme_idx\` ON \`_grants_v\` (\`version_programme\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_updated_at_idx\` ON \`_grants_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_created_at_idx\` ON \`_grants_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_created_at_idx\` ON \`_grants_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_updated_at_idx\` ON \`_grants_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_texts_order_parent\` ON \`_grants_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`funding_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`funder_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`programme\` text,
  	\`applicant_group\` text NOT NULL,
  	\`received\` numeric NOT NULL,
  	\`funded\` numeric NOT NULL,
  	\`source_file\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`funder_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`funding_applications_funder_idx\` ON \`funding_applications\` (\`funder_id\`);`)
  await db.run(sql`CREATE INDEX \`funding_applications_year_idx\` ON \`funding_applications\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`funding_applications_updated_at_idx\` ON \`funding_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`funding_applications_created_at_idx\` ON \`funding_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_funding_applications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_funder_id\` integer NOT NULL,
  	\`version_year\` numeric NOT NULL,
  	\`version_programme\` text,
  	\`version_applicant_group\` text NOT NULL,
  	\`version_received\` numeric NOT NULL,
  	\`version_funded\` numeric NOT NULL,
  	\`version_source_file\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`funding_applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_funder_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_parent_idx\` ON \`_funding_applications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_version_version_funder_idx\` ON \`_funding_applications_v\` (\`version_funder_id\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_version_version_year_idx\` ON \`_funding_applications_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_version_version_updated_at_idx\` ON \`_funding_applications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_version_version_created_at_idx\` ON \`_funding_applications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_created_at_idx\` ON \`_funding_applications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_applications_v_updated_at_idx\` ON \`_funding_applications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`funding_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`funder_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`target_share\` numeric NOT NULL,
  	\`basis\` text DEFAULT 'amount' NOT NULL,
  	\`source\` text,
  	\`source_file\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`funder_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`funding_targets_funder_idx\` ON \`funding_targets\` (\`funder_id\`);`)
  await db.run(sql`CREATE INDEX \`funding_targets_year_idx\` ON \`funding_targets\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`funding_targets_updated_at_idx\` ON \`funding_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`funding_targets_created_at_idx\` ON \`funding_targets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_funding_targets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_funder_id\` integer NOT NULL,
  	\`version_year\` numeric NOT NULL,
  	\`version_target_share\` numeric NOT NULL,
  	\`version_basis\` text DEFAULT 'amount' NOT NULL,
  	\`version_source\` text,
  	\`version_source_file\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`funding_targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_funder_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_parent_idx\` ON \`_funding_targets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_version_version_funder_idx\` ON \`_funding_targets_v\` (\`version_funder_id\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_version_version_year_idx\` ON \`_funding_targets_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_version_version_updated_at_idx\` ON \`_funding_targets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_version_version_created_at_idx\` ON \`_funding_targets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_created_at_idx\` ON \`_funding_targets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_funding_targets_v_updated_at_idx\` ON \`_funding_targets_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`grants_id\` integer REFERENCES grants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`funding_applications_id\` integer REFERENCES funding_applications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`funding_targets_id\` integer REFERENCES funding_targets(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`grants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_targets_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`grants_classifications\`;`)
  await db.run(sql`DROP TABLE \`grants\`;`)
  await db.run(sql`DROP TABLE \`grants_texts\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_version_classifications\`;`)
  await db.run(sql`DROP TABLE \`_grants_v\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_texts\`;`)
  await db.run(sql`DROP TABLE \`funding_applications\`;`)
  await db.run(sql`DROP TABLE \`_funding_applications_v\`;`)
  await db.run(sql`DROP TABLE \`funding_targets\`;`)
  await db.run(sql`DROP TABLE \`_funding_targets_v\`;`)
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
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
