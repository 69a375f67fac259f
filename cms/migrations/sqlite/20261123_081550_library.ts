import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`commitments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commitments_rels_order_idx\` ON \`commitments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_parent_idx\` ON \`commitments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_path_idx\` ON \`commitments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`commitments_rels_resources_id_idx\` ON \`commitments_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_commitments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_commitments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commitments_v_rels_order_idx\` ON \`_commitments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_rels_parent_idx\` ON \`_commitments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_rels_path_idx\` ON \`_commitments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_commitments_v_rels_resources_id_idx\` ON \`_commitments_v_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_strands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_strands_order_idx\` ON \`resources_strands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_strands_parent_idx\` ON \`resources_strands\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_boroughs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_boroughs_order_idx\` ON \`resources_boroughs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_boroughs_parent_idx\` ON \`resources_boroughs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`resource_type\` text,
  	\`audience\` text,
  	\`file_id\` integer,
  	\`external_url\` text,
  	\`link_check_status\` text,
  	\`link_check_checked_at\` text,
  	\`link_check_message\` text,
  	\`licence\` text,
  	\`publication_date\` text,
  	\`review_date\` text,
  	\`evidence_grade\` text DEFAULT 'not-yet-evaluated',
  	\`evidence_basis\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_at\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_slug_idx\` ON \`resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`resources_organisation_idx\` ON \`resources\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_file_idx\` ON \`resources\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_last_edited_by_idx\` ON \`resources\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`resources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`steps_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_rels_order_idx\` ON \`resources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_parent_idx\` ON \`resources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_path_idx\` ON \`resources_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_steps_id_idx\` ON \`resources_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_strands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_strands_order_idx\` ON \`_resources_v_version_strands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_strands_parent_idx\` ON \`_resources_v_version_strands\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_boroughs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_boroughs_order_idx\` ON \`_resources_v_version_boroughs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_boroughs_parent_idx\` ON \`_resources_v_version_boroughs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_resource_type\` text,
  	\`version_audience\` text,
  	\`version_file_id\` integer,
  	\`version_external_url\` text,
  	\`version_link_check_status\` text,
  	\`version_link_check_checked_at\` text,
  	\`version_link_check_message\` text,
  	\`version_licence\` text,
  	\`version_publication_date\` text,
  	\`version_review_date\` text,
  	\`version_evidence_grade\` text DEFAULT 'not-yet-evaluated',
  	\`version_evidence_basis\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_slug_idx\` ON \`_resources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_organisation_idx\` ON \`_resources_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_file_idx\` ON \`_resources_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_last_edited_by_idx\` ON \`_resources_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`steps_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_order_idx\` ON \`_resources_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_parent_idx\` ON \`_resources_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_path_idx\` ON \`_resources_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_steps_id_idx\` ON \`_resources_v_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE TABLE \`resource_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer,
  	\`public\` integer DEFAULT false,
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
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`resource_files_organisation_idx\` ON \`resource_files\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`resource_files_public_idx\` ON \`resource_files\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`resource_files_updated_at_idx\` ON \`resource_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resource_files_created_at_idx\` ON \`resource_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resource_files_filename_idx\` ON \`resource_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_sources_order_idx\` ON \`case_studies_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_sources_parent_id_idx\` ON \`case_studies_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`sector\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`outcomes\` text,
  	\`date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_slug_idx\` ON \`case_studies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`steps_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_rels_order_idx\` ON \`case_studies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_parent_idx\` ON \`case_studies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_path_idx\` ON \`case_studies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_organisations_id_idx\` ON \`case_studies_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_steps_id_idx\` ON \`case_studies_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`section\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_sources_order_idx\` ON \`_case_studies_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_sources_parent_id_idx\` ON \`_case_studies_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_sector\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_outcomes\` text,
  	\`version_date\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_parent_idx\` ON \`_case_studies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_slug_idx\` ON \`_case_studies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_updated_at_idx\` ON \`_case_studies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_created_at_idx\` ON \`_case_studies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version__status_idx\` ON \`_case_studies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_created_at_idx\` ON \`_case_studies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_updated_at_idx\` ON \`_case_studies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_latest_idx\` ON \`_case_studies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`steps_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_order_idx\` ON \`_case_studies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_parent_idx\` ON \`_case_studies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_path_idx\` ON \`_case_studies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_organisations_id_idx\` ON \`_case_studies_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_steps_id_idx\` ON \`_case_studies_v_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE TABLE \`tri_actions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`strand\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`title\` text NOT NULL,
  	\`owners\` text NOT NULL,
  	\`term\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`next_steps\` text,
  	\`rag\` text DEFAULT 'not-rated' NOT NULL,
  	\`source_document\` text NOT NULL,
  	\`source_section\` text,
  	\`source_url\` text,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tri_actions_key_idx\` ON \`tri_actions\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`tri_actions_last_edited_by_idx\` ON \`tri_actions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tri_actions_updated_at_idx\` ON \`tri_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tri_actions_created_at_idx\` ON \`tri_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_tri_actions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text NOT NULL,
  	\`version_strand\` text NOT NULL,
  	\`version_order\` numeric NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_owners\` text NOT NULL,
  	\`version_term\` text NOT NULL,
  	\`version_status\` text NOT NULL,
  	\`version_next_steps\` text,
  	\`version_rag\` text DEFAULT 'not-rated' NOT NULL,
  	\`version_source_document\` text NOT NULL,
  	\`version_source_section\` text,
  	\`version_source_url\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tri_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_parent_idx\` ON \`_tri_actions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_version_version_key_idx\` ON \`_tri_actions_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_version_version_last_edited_by_idx\` ON \`_tri_actions_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_version_version_updated_at_idx\` ON \`_tri_actions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_version_version_created_at_idx\` ON \`_tri_actions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_created_at_idx\` ON \`_tri_actions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tri_actions_v_updated_at_idx\` ON \`_tri_actions_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resources_id\` integer REFERENCES resources(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resource_files_id\` integer REFERENCES resource_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`case_studies_id\` integer REFERENCES case_studies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tri_actions_id\` integer REFERENCES tri_actions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resource_files_id_idx\` ON \`payload_locked_documents_rels\` (\`resource_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tri_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`tri_actions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`commitments_rels\`;`)
  await db.run(sql`DROP TABLE \`_commitments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resources_strands\`;`)
  await db.run(sql`DROP TABLE \`resources_boroughs\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`resources_rels\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_strands\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_boroughs\`;`)
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resource_files\`;`)
  await db.run(sql`DROP TABLE \`case_studies_sources\`;`)
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies_rels\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tri_actions\`;`)
  await db.run(sql`DROP TABLE \`_tri_actions_v\`;`)
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
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priorities_id\`) REFERENCES \`priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`steps_id\`) REFERENCES \`steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "commitments_id", "pay_gap_reports_id", "workforce_profiles_id", "grants_id", "funding_applications_id", "funding_targets_id", "imports_id", "priorities_id", "actions_id", "steps_id", "stages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priorities_id_idx\` ON \`payload_locked_documents_rels\` (\`priorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
