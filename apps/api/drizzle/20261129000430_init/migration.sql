CREATE TABLE "unions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"serial" integer UNIQUE GENERATED ALWAYS AS IDENTITY (sequence name "unions_serial_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text,
	"region_code" text NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL UNIQUE,
	"depth" integer NOT NULL,
	"liaison_name" text,
	"liaison_post" text,
	"liaison_phone" text,
	"address" text,
	"establishment_due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "unions_level" CHECK (level in ('PROVINCE', 'CITY', 'DIRECT_COUNTY', 'COUNTY', 'GRASSROOTS')),
	CONSTRAINT "unions_kind_only_grassroots" CHECK ((kind is null) or (level = 'GRASSROOTS')),
	CONSTRAINT "unions_region_code" CHECK (region_code ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"token_hash" text NOT NULL UNIQUE,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"username" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"union_id" uuid NOT NULL,
	"post" text,
	"phone" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_role" CHECK (role in ('PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'GRASSROOTS_ADMIN', 'ANALYST')),
	CONSTRAINT "users_username" CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$')
);
--> statement-breakpoint
CREATE TABLE "dictionary_entries" (
	"dictionary" text,
	"code" text,
	"label" text NOT NULL,
	"label_en" text NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_entries_pkey" PRIMARY KEY("dictionary","code")
);
--> statement-breakpoint
CREATE TABLE "minimum_living_lines" (
	"region_code" text,
	"year" integer,
	"monthly_fen" integer NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minimum_living_lines_pkey" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "archive_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"sex" text NOT NULL,
	"political_status" text,
	"id_number_cipher" bytea,
	"id_number_hash" text,
	"id_number_masked" text,
	"birth_date" date,
	"health" text,
	"monthly_income_fen" integer,
	"member_status" text,
	"medical_insurance" text,
	"employer_or_school" text
);
--> statement-breakpoint
CREATE TABLE "archive_number_sequences" (
	"key" text PRIMARY KEY,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "archives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"number" text NOT NULL UNIQUE,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"cycle" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"hardship_category" text NOT NULL,
	"name" text NOT NULL,
	"ethnicity" text NOT NULL,
	"sex" text NOT NULL,
	"political_status" text NOT NULL,
	"id_number_cipher" bytea NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"birth_date" date NOT NULL,
	"health" text NOT NULL,
	"disability_category" text,
	"disability_grade" text,
	"work_status" text NOT NULL,
	"model_worker_type" text NOT NULL,
	"housing_type" text NOT NULL,
	"floor_area" numeric(10,2),
	"mobile" text,
	"other_contact" text,
	"postal_code" text,
	"work_start_date" date NOT NULL,
	"industry" text NOT NULL,
	"marital_status" text NOT NULL,
	"hukou_type" text NOT NULL,
	"address" text NOT NULL,
	"employer" text,
	"employer_type" text,
	"enterprise_status" text,
	"single_parent" boolean DEFAULT false NOT NULL,
	"monthly_income_fen" integer NOT NULL,
	"other_annual_income_fen" integer NOT NULL,
	"household_annual_income_fen" integer NOT NULL,
	"household_size" integer NOT NULL,
	"monthly_income_per_member_fen" integer GENERATED ALWAYS AS (((2 * household_annual_income_fen::bigint + 12 * household_size) / (24 * household_size))::integer) STORED,
	"hukou_region_code" text NOT NULL,
	"medical_insurance" text NOT NULL,
	"serious_illness_insurance" boolean DEFAULT false NOT NULL,
	"medical_mutual_aid" boolean DEFAULT false NOT NULL,
	"can_self_help" boolean DEFAULT false NOT NULL,
	"zero_employment" boolean DEFAULT false NOT NULL,
	"primary_cause" text NOT NULL,
	"secondary_causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"bank_name" text,
	"bank_branch" text,
	"bank_card_cipher" bytea,
	"bank_card_masked" text,
	"remarks" text,
	"worker_signed_on" date,
	"archivist" text NOT NULL,
	"reviewer" text NOT NULL,
	"entered_by" text,
	"assistance_unit" text,
	"assistance_person" text,
	"is_target" boolean,
	"decided_on" date,
	"key_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"key_group_other" text,
	"measures" text[] DEFAULT '{}'::text[] NOT NULL,
	"measure_other" text,
	"action_plans" text[] DEFAULT '{}'::text[] NOT NULL,
	"action_plan_other" text,
	"notice_starts_on" date,
	"notice_ends_on" date,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"rejection_reason" text,
	"exited_on" date,
	"exit_reason" text,
	"exit_note" text,
	"spot_check_flagged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "archives_status" CHECK (status in ('DRAFT', 'PUBLICIZING', 'PENDING_APPROVAL', 'ESTABLISHED', 'EXITED')),
	CONSTRAINT "archives_household_size" CHECK (household_size between 1 and 50),
	CONSTRAINT "archives_money_non_negative" CHECK (monthly_income_fen >= 0 and other_annual_income_fen >= 0 and household_annual_income_fen >= 0),
	CONSTRAINT "archives_secondary_causes" CHECK (cardinality(secondary_causes) <= 3),
	CONSTRAINT "archives_floor_area" CHECK (floor_area is null or floor_area >= 0)
);
--> statement-breakpoint
CREATE TABLE "archive_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "archive_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"archive_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "assistance_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"assistance_unit" text NOT NULL,
	"person_name" text NOT NULL,
	"person_post" text,
	"person_phone" text,
	"liaison_name" text,
	"liaison_post" text,
	"liaison_phone" text,
	"measures" text[] DEFAULT '{}'::text[] NOT NULL,
	"measure_other" text,
	"action_plans" text[] DEFAULT '{}'::text[] NOT NULL,
	"action_plan_other" text,
	"target_month" date NOT NULL,
	"worker_signed_on" date,
	"card_issued_on" date,
	"remarks" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"remark" text,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	CONSTRAINT "attachments_size" CHECK (size between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"union_path" text NOT NULL,
	"on" date NOT NULL,
	"action_plan" text NOT NULL,
	"description" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"by" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_amount" CHECK (amount_fen >= 0)
);
--> statement-breakpoint
CREATE TABLE "notice_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"note" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "report_periods" (
	"code" text PRIMARY KEY,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"period" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensitive_access_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sensitive_access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"archive_id" uuid NOT NULL,
	"field" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"archive_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"union_id" uuid NOT NULL,
	"on" date NOT NULL,
	"checker" text NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"resolved_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "unions_path_prefix" ON "unions" ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "unions_parent" ON "unions" ("parent_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" ("user_id");--> statement-breakpoint
CREATE INDEX "users_union" ON "users" ("union_id");--> statement-breakpoint
CREATE UNIQUE INDEX "archive_members_position" ON "archive_members" ("archive_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "archive_members_id_number" ON "archive_members" ("archive_id","id_number_hash");--> statement-breakpoint
CREATE INDEX "archive_members_id_lookup" ON "archive_members" ("id_number_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "archives_live_id_number" ON "archives" ("id_number_hash") WHERE status <> 'EXITED';--> statement-breakpoint
CREATE INDEX "archives_id_number" ON "archives" ("id_number_hash");--> statement-breakpoint
CREATE INDEX "archives_subtree_filters" ON "archives" ("union_path" text_pattern_ops,"status","primary_cause");--> statement-breakpoint
CREATE INDEX "archives_status_cause_recent" ON "archives" ("status","primary_cause","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "archives_recent" ON "archives" ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "archives_union" ON "archives" ("union_id");--> statement-breakpoint
CREATE INDEX "archives_category" ON "archives" ("hardship_category");--> statement-breakpoint
CREATE INDEX "archives_name_prefix" ON "archives" ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "archives_key_groups" ON "archives" USING gin ("key_groups");--> statement-breakpoint
CREATE INDEX "archives_measures" ON "archives" USING gin ("measures");--> statement-breakpoint
CREATE INDEX "archives_action_plans" ON "archives" USING gin ("action_plans");--> statement-breakpoint
CREATE INDEX "archive_history_archive_at" ON "archive_history" ("archive_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_plans_cycle" ON "assistance_plans" ("archive_id","cycle");--> statement-breakpoint
CREATE INDEX "assistance_plans_target" ON "assistance_plans" ("target_month");--> statement-breakpoint
CREATE INDEX "attachments_archive" ON "attachments" ("archive_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_archive" ON "ledger_entries" ("archive_id","on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ledger_entries_subtree" ON "ledger_entries" ("union_path" text_pattern_ops,"on");--> statement-breakpoint
CREATE INDEX "notice_objections_archive" ON "notice_objections" ("archive_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_union_period" ON "report_submissions" ("union_id","period");--> statement-breakpoint
CREATE INDEX "sensitive_access_log_archive" ON "sensitive_access_log" ("archive_id");--> statement-breakpoint
CREATE INDEX "sensitive_access_log_user" ON "sensitive_access_log" ("user_id");--> statement-breakpoint
CREATE INDEX "spot_checks_archive" ON "spot_checks" ("archive_id","on" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "unions" ADD CONSTRAINT "unions_parent_id_unions_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "archive_members" ADD CONSTRAINT "archive_members_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "archives" ADD CONSTRAINT "archives_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "archives" ADD CONSTRAINT "archives_approved_by_users_id_fkey" FOREIGN KEY ("approved_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "archives" ADD CONSTRAINT "archives_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "archives" ADD CONSTRAINT "archives_updated_by_users_id_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "archive_history" ADD CONSTRAINT "archive_history_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "archive_history" ADD CONSTRAINT "archive_history_by_user_id_users_id_fkey" FOREIGN KEY ("by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "assistance_plans" ADD CONSTRAINT "assistance_plans_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_removed_by_users_id_fkey" FOREIGN KEY ("removed_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_recorded_by_users_id_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_recorded_by_users_id_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_period_report_periods_code_fkey" FOREIGN KEY ("period") REFERENCES "report_periods"("code");--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_submitted_by_users_id_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "sensitive_access_log" ADD CONSTRAINT "sensitive_access_log_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "sensitive_access_log" ADD CONSTRAINT "sensitive_access_log_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_archive_id_archives_id_fkey" FOREIGN KEY ("archive_id") REFERENCES "archives"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_recorded_by_users_id_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id");