import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations_boroughs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_boroughs_order_idx\` ON \`organisations_boroughs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_boroughs_parent_idx\` ON \`organisations_boroughs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_former_names_order_idx\` ON \`organisations_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_former_names_parent_id_idx\` ON \`organisations_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`statement\` text,
  	\`date\` text,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_facts_order_idx\` ON \`organisations_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_facts_parent_id_idx\` ON \`organisations_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_sources_order_idx\` ON \`organisations_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_sources_parent_id_idx\` ON \`organisations_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`sector\` text,
  	\`sector_other\` text,
  	\`identifiers_companies_house_number\` text,
  	\`identifiers_charity_number\` text,
  	\`identifiers_org_id\` text,
  	\`london_wide\` integer DEFAULT false,
  	\`website\` text,
  	\`size_band\` text DEFAULT 'not-stated',
  	\`lpb_membership\` text DEFAULT 'not-stated',
  	\`adopted_plan_on\` text,
  	\`description\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_at\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_sector_idx\` ON \`organisations\` (\`sector\`);`)
  await db.run(sql`CREATE INDEX \`organisations_identifiers_identifiers_org_id_idx\` ON \`organisations\` (\`identifiers_org_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_last_edited_by_idx\` ON \`organisations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_boroughs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_boroughs_order_idx\` ON \`_organisations_v_version_boroughs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_boroughs_parent_idx\` ON \`_organisations_v_version_boroughs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`until\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_former_names_order_idx\` ON \`_organisations_v_version_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_former_names_parent_id_idx\` ON \`_organisations_v_version_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`statement\` text,
  	\`date\` text,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_facts_order_idx\` ON \`_organisations_v_version_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_facts_parent_id_idx\` ON \`_organisations_v_version_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_sources_order_idx\` ON \`_organisations_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_sources_parent_id_idx\` ON \`_organisations_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_sector\` text,
  	\`version_sector_other\` text,
  	\`version_identifiers_companies_house_number\` text,
  	\`version_identifiers_charity_number\` text,
  	\`version_identifiers_org_id\` text,
  	\`version_london_wide\` integer DEFAULT false,
  	\`version_website\` text,
  	\`version_size_band\` text DEFAULT 'not-stated',
  	\`version_lpb_membership\` text DEFAULT 'not-stated',
  	\`version_adopted_plan_on\` text,
  	\`version_description\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_name_idx\` ON \`_organisations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_sector_idx\` ON \`_organisations_v\` (\`version_sector\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_identifiers_version_identifiers_idx\` ON \`_organisations_v\` (\`version_identifiers_org_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_edited_by_idx\` ON \`_organisations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`commitments_evidence_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_evidence_links_order_idx\` ON \`commitments_evidence_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_evidence_links_parent_id_idx\` ON \`commitments_evidence_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commitments_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	\`quote\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_sources_order_idx\` ON \`commitments_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_sources_parent_id_idx\` ON \`commitments_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commitments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`organisation_id\` integer,
  	\`step_id\` text,
  	\`status\` text DEFAULT 'planned',
  	\`target_date\` text,
  	\`narrative\` text,
  	\`support_required\` text,
  	\`assurance\` text DEFAULT 'self-declared',
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_at\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`step_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_organisation_idx\` ON \`commitments\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_step_idx\` ON \`commitments\` (\`step_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_status_idx\` ON \`commitments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`commitments_last_edited_by_idx\` ON \`commitments\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_updated_at_idx\` ON \`commitments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`commitments_created_at_idx\` ON \`commitments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`commitments__status_idx\` ON \`commitments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_commitments_v_version_evidence_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commitments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_evidence_links_order_idx\` ON \`_commitments_v_version_evidence_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_evidence_links_parent_id_idx\` ON \`_commitments_v_version_evidence_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commitments_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	\`quote\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commitments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_sources_order_idx\` ON \`_commitments_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_sources_parent_id_idx\` ON \`_commitments_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commitments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_organisation_id\` integer,
  	\`version_step_id\` text,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_target_date\` text,
  	\`version_narrative\` text,
  	\`version_support_required\` text,
  	\`version_assurance\` text DEFAULT 'self-declared',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_step_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_commitments_v_parent_idx\` ON \`_commitments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_organisation_idx\` ON \`_commitments_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_step_idx\` ON \`_commitments_v\` (\`version_step_id\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_status_idx\` ON \`_commitments_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_last_edited_by_idx\` ON \`_commitments_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_updated_at_idx\` ON \`_commitments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version_created_at_idx\` ON \`_commitments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_version_version__status_idx\` ON \`_commitments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_created_at_idx\` ON \`_commitments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_updated_at_idx\` ON \`_commitments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_latest_idx\` ON \`_commitments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`priorities\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`priorities_number_idx\` ON \`priorities\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`priorities_updated_at_idx\` ON \`priorities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`priorities_created_at_idx\` ON \`priorities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`actions\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`priority_id\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`priority_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_number_idx\` ON \`actions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`actions_priority_idx\` ON \`actions\` (\`priority_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_updated_at_idx\` ON \`actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`actions_created_at_idx\` ON \`actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`steps\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`sort_key\` numeric NOT NULL,
  	\`priority_id\` text NOT NULL,
  	\`action_id\` text NOT NULL,
  	\`stage_id\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`priority_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`action_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`steps_code_idx\` ON \`steps\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`steps_priority_idx\` ON \`steps\` (\`priority_id\`);`)
  await db.run(sql`CREATE INDEX \`steps_action_idx\` ON \`steps\` (\`action_id\`);`)
  await db.run(sql`CREATE INDEX \`steps_stage_idx\` ON \`steps\` (\`stage_id\`);`)
  await db.run(sql`CREATE INDEX \`steps_updated_at_idx\` ON \`steps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`steps_created_at_idx\` ON \`steps\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stages\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stages_order_idx\` ON \`stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stages_updated_at_idx\` ON \`stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stages_created_at_idx\` ON \`stages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'reporter' NOT NULL,
  	\`organisation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations_boroughs\`;`)
  await db.run(sql`DROP TABLE \`organisations_former_names\`;`)
  await db.run(sql`DROP TABLE \`organisations_facts\`;`)
  await db.run(sql`DROP TABLE \`organisations_sources\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_boroughs\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_former_names\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_facts\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`commitments_evidence_links\`;`)
  await db.run(sql`DROP TABLE \`commitments_sources\`;`)
  await db.run(sql`DROP TABLE \`commitments\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v_version_evidence_links\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v\`;`)
  await db.run(sql`DROP TABLE \`priorities\`;`)
  await db.run(sql`DROP TABLE \`actions\`;`)
  await db.run(sql`DROP TABLE \`steps\`;`)
  await db.run(sql`DROP TABLE \`stages\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
